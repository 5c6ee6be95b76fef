package org.stations.lake;

/** Another writer holds the lake, or changed it under this one: one line for the user, exit status 3. */
public final class LakeBusyException extends RuntimeException {
    public LakeBusyException(String message) {
        super(message);
    }
}
