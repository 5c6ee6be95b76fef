package org.stations.util;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The keyed hash that stands for a person in staff_month: HMAC-SHA256 of the station and the name under
 * a secret key. A plain hash would not do: a roster holds a few hundred common Chinese names, and hashing
 * every likely name finds them all in seconds; without the key the hashes cannot be tested that way.
 * The key comes from STATIONS_PERSON_KEY (environment) or -Dstations.person.key, read on the driver and
 * shipped to the tasks with the job. The built-in default keeps demo and test lakes reproducible but is
 * public: a lake holding real rosters must set its own key, and keep it, so keys stay stable across runs.
 */
public final class PersonKey implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ENV = "STATIONS_PERSON_KEY";
    public static final String PROPERTY = "stations.person.key";
    static final String DEFAULT = "stations-demo-person-key: set STATIONS_PERSON_KEY for real rosters";

    private final byte[] key;

    public PersonKey(String secret) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("empty person key");
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The key configured for this run: environment, then system property, then the public default. */
    public static PersonKey configured() {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return new PersonKey(env);
        return new PersonKey(System.getProperty(PROPERTY, DEFAULT));
    }

    /** 32 hex digits (128 bits) of HMAC-SHA256 over the parts joined by '|'. */
    public String of(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable"); // every JVM has it
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() { return "PersonKey[hidden]"; }
}
