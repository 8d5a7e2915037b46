package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertWellFormed;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link TextDecoder} with arbitrary bytes and with text encoded as a file would be: it either refuses the
 * bytes with an {@link UnreadableArticleException} or returns well-formed text, and text written as UTF-8 or UTF-16
 * with a byte order mark comes back exactly as written.
 */
class TextDecoderFuzzTests {

    private final TextDecoder decoder = new TextDecoder();

    @FuzzTest(maxDuration = "20s")
    void decodesOrRefuses(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> decodeOrRefuse(data.consumeRemainingAsBytes());
            case 1 -> roundTrip(data.consumeRemainingAsString(), false);
            default -> roundTrip(data.consumeRemainingAsString(), true);
        }
    }

    private String decodeOrRefuse(byte[] bytes) {
        String text = resultOrDocumentedFailure(() -> decoder.decode(bytes), UnreadableArticleException.class)
                .orElse(null);
        if (text != null) {
            assertWellFormed(text);
        }
        return text;
    }

    /** Text of letters and line breaks is never mistaken for binary data, and decodes to exactly what was encoded. */
    private void roundTrip(String written, boolean utf16) {
        String text = written.codePoints()
                .filter(c -> !Character.isISOControl(c) || c == '\n')
                .filter(c -> c != 0xFEFF && Character.isDefined(c) && Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (text.isEmpty() || startsLikeBinaryFormat(text)) {
            return;
        }
        byte[] bytes = utf16 ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE) : text.getBytes(StandardCharsets.UTF_8);
        assertThat(decodeOrRefuse(bytes)).isEqualTo(text);
    }

    /** Text can start with the magic number of an image or archive ("GIF8"); such a file is refused, by design. */
    private static boolean startsLikeBinaryFormat(String text) {
        return text.startsWith("GIF8") || text.startsWith("%PDF-") || text.startsWith("\u0089PNG")
                || text.startsWith("PK");
    }
}
