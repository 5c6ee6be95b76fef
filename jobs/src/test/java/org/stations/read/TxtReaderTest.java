package org.stations.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stations.normalize.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stations.read.Fixtures.reason;
import static org.stations.read.Fixtures.seedText;

class TxtReaderTest {

    private final TxtReader reader = new TxtReader();

    private static String normalized(String text) {
        return TextNormalizer.normalize(text);
    }

    @Test
    void utf8SeedIsReadAsIs() throws Exception {
        String seed = seedText("001");
        assertEquals(seed, reader.read(seed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gb18030VersionNormalizesExactlyLikeTheUtf8Seed() throws Exception {
        for (String number : new String[] {"001", "003"}) {
            String seed = seedText(number);
            byte[] gb = seed.getBytes(TxtReader.GB18030);
            String read = reader.read(gb);
            assertEquals(seed, read, "seed " + number);
            assertEquals(normalized(seed), normalized(read));
        }
        assertTrue(normalized(reader.read(seedText("001").getBytes(TxtReader.GB18030)))
                .contains("以上四项总得分:83.62分等级:良好"));
    }

    /** GBK is what older Windows tools write; GB18030 decodes it byte for byte. */
    @Test
    void gbkVersionIsReadAsGb18030() throws Exception {
        String seed = seedText("003");
        assertEquals(seed, reader.read(seed.getBytes("GBK")));
    }

    @Test
    void utf8WithBomAndCrlfNormalizesExactlyLikeTheSeed() throws Exception {
        String seed = seedText("003");
        byte[] body = seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        String read = reader.read(withBom);
        assertTrue(read.startsWith(" 市桥街东西片社工服务站中期评估报告\r\n"), "BOM dropped, CRLF kept for the normalizer");
        assertEquals(normalized(seed), normalized(read));
        assertTrue(normalized(read).contains("\t服务质量(东1片区)\t20\t15\t15.09"));
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        String seed = seedText("001");
        byte[] le = seed.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF; withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(seed, reader.read(withBom));
        // Java's UTF-16 writes a big-endian BOM
        assertEquals(seed, reader.read(seed.getBytes(StandardCharsets.UTF_16)));
    }

    /** One damaged byte must not lose a report: the rest still decodes, the loss shows as one U+FFFD. */
    @Test
    void gb18030WithOneDamagedByteIsStillRead() throws Exception {
        String seed = seedText("001");
        byte[] gb = seed.getBytes(TxtReader.GB18030);
        gb[gb.length / 2] = (byte) 0xFF; // never valid in GB18030
        String read = reader.read(gb);
        assertTrue(normalized(read).contains("以上四项总得分:83.62分等级:良好"));
        assertTrue(normalized(read).contains("人员稳岗率为65.00%"));
    }

    @Test
    void randomBytesAreBinaryNotText() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertEquals("binary content, not text", reason(() -> reader.read(noise)));
    }

    /** UTF-16 without a byte-order mark puts a NUL beside every ASCII character. */
    @Test
    void textFullOfNulBytesIsBinary() {
        byte[] utf16NoBom = "Report text in UTF-16 without BOM. 1234567890".repeat(20).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("binary content, not text", reason(() -> reader.read(utf16NoBom)));
    }

    @Test
    void textDamagedThroughoutIsAnUnknownEncoding() {
        byte[] damaged = seedText("001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < damaged.length; i += 40) damaged[i] = (byte) 0xFF;
        String reason = reason(() -> reader.read(damaged));
        assertTrue(reason.matches("unknown text encoding: \\d+% of characters undecodable as UTF-8 or GB18030"), reason);
    }

    @Test
    void recognizesOnlyByteOrderMarks() {
        assertTrue(reader.recognizes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
        assertTrue(reader.recognizes(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}));
        assertEquals(false, reader.recognizes(Arrays.copyOf(seedText("001").getBytes(StandardCharsets.UTF_8), 64)));
    }
}
