package org.stations.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Plain text. The encoding is read from a byte-order mark when there is one, otherwise detected: a file that
 * decodes as strict UTF-8 is UTF-8 (GB18030 text practically never does), else one that decodes as strict
 * GB18030 (a superset of GBK and GB2312) is GB18030. Content that is neither, or is full of control characters,
 * is refused rather than turned into mojibake.
 */
public final class TxtReader implements DocumentReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Share of characters above which the content is not text: real reports have next to none of either. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final double MAX_UNDECODABLE_SHARE = 0.01;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @Override public Set<String> extensions() { return Set.of("txt", "text"); }

    /** Only a byte-order mark says "text" for sure; the registry tries text last for everything else. */
    @Override public boolean recognizes(byte[] content) {
        return Bytes.startsWith(content, UTF8_BOM)
                || Bytes.startsWith(content, UTF16LE_BOM) || Bytes.startsWith(content, UTF16BE_BOM);
    }

    @Override public String read(byte[] content) throws UnreadableInputException {
        String text = decode(content);
        checkLooksLikeText(text);
        return text;
    }

    /** The text without its byte-order mark. */
    static String decode(byte[] content) {
        if (Bytes.startsWith(content, UTF8_BOM)) return lenient(content, 3, StandardCharsets.UTF_8);
        if (Bytes.startsWith(content, UTF16LE_BOM)) return lenient(content, 2, StandardCharsets.UTF_16LE);
        if (Bytes.startsWith(content, UTF16BE_BOM)) return lenient(content, 2, StandardCharsets.UTF_16BE);
        String utf8 = strict(content, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        String gb = strict(content, GB18030);
        if (gb != null) return gb;
        // Neither decodes cleanly (a damaged byte, a cut-off last character): keep the closer reading and let
        // checkLooksLikeText decide whether what is lost is too much.
        String asUtf8 = lenient(content, 0, StandardCharsets.UTF_8);
        String asGb = lenient(content, 0, GB18030);
        return countUndecodable(asUtf8) <= countUndecodable(asGb) ? asUtf8 : asGb;
    }

    private static void checkLooksLikeText(String text) throws UnreadableInputException {
        long controls = 0, undecodable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') undecodable++;
            else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        int n = Math.max(1, text.length());
        if (controls > n * MAX_CONTROL_SHARE) throw new UnreadableInputException("binary content, not text");
        if (undecodable > n * MAX_UNDECODABLE_SHARE) {
            throw new UnreadableInputException(String.format(Locale.ROOT,
                    "unknown text encoding: %.0f%% of characters undecodable as UTF-8 or GB18030",
                    100.0 * undecodable / n));
        }
    }

    private static String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] content, int offset, Charset charset) {
        CharBuffer chars = charset.decode(ByteBuffer.wrap(content, offset, content.length - offset));
        return chars.toString();
    }

    private static long countUndecodable(String s) {
        return s.chars().filter(c -> c == '\uFFFD').count();
    }

}
