package fr.vigiesociale.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Files are read as UTF-8, strictly: a byte that is not UTF-8 is an error at its line and column,
 * never a replacement character or a guess at another encoding. One leading byte order mark (what
 * a spreadsheet's "CSV UTF-8" export writes) is dropped.
 */
public final class Utf8 {

    /** The text, or where the first byte that is not UTF-8 stands (1-based line and column). */
    public record Decoded(String text, int line, int column) {

        public boolean valid() {
            return text != null;
        }
    }

    private Utf8() {
    }

    public static Decoded decode(byte[] content) {
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(ByteBuffer.wrap(content), out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        if (r.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new Decoded(null, line, column);
        }
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return new Decoded(out.subSequence(start, out.length()).toString(), 0, 0);
    }
}
