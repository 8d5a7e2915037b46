package org.newsbrowser.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Turns file bytes into text: a byte order mark wins, then strict UTF-8, then UTF-8 with its damaged characters
 * replaced by U+FFFD when the file is UTF-8 apart from a few broken bytes, then Windows-1252 (a superset of the
 * printable Latin-1 that older news files use). Refuses content that is not text at all.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Real text has a handful of stray control characters at most; binary data has them everywhere. */
    private static final double MAX_CONTROL_CHAR_SHARE = 0.05;
    /** Share of non-ASCII characters among the letters above which Windows-1252 text is not believed: French or German
     *  prose stays under a tenth. */
    private static final double MAX_NON_ASCII_SHARE = 0.5;
    private static final String NOT_TEXT = "not valid text in UTF-8 or Windows-1252 (another encoding, or"
            + " not a text file)";

    private static final Map<String, byte[]> MAGIC_NUMBERS = Map.of(
            "PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "ZIP archive", new byte[] {'P', 'K', 3, 4},
            "PDF document", new byte[] {'%', 'P', 'D', 'F', '-'},
            "GIF image", new byte[] {'G', 'I', 'F', '8'},
            "JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    String decode(byte[] bytes) throws UnreadableArticleException {
        rejectKnownBinaryFormats(bytes);
        String text = decodeText(bytes);
        rejectControlCharacters(text);
        // Only a byte order mark lets a NUL through (without one it means binary data): it is a damaged character,
        // and PostgreSQL could not store it in a text column anyway.
        return text.replace('\0', '\uFFFD');
    }

    private static void rejectKnownBinaryFormats(byte[] bytes) throws UnreadableArticleException {
        for (Map.Entry<String, byte[]> magic : MAGIC_NUMBERS.entrySet()) {
            if (startsWith(bytes, magic.getValue())) {
                throw new UnreadableArticleException("binary content (looks like " + magic.getKey() + ")");
            }
        }
    }

    private static String decodeText(byte[] bytes) throws UnreadableArticleException {
        if (startsWith(bytes, UTF8_BOM)) {
            return strictly(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return strictly(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return strictly(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, "UTF-16");
        }
        // Without a BOM, NUL bytes mean binary data (or BOM-less UTF-16, which no news source we know produces).
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableArticleException("binary content (NUL bytes)");
            }
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (hasUtf8Sequences(bytes)) {
                // UTF-8 with a few damaged bytes (a truncated copy, a bad splice): Windows-1252 would garble every
                // accent of the file, so keep UTF-8 and mark only the damaged characters.
                return new String(bytes, StandardCharsets.UTF_8);
            }
            try {
                return looksLikeLatinText(decodeStrictly(bytes, 0, WINDOWS_1252));
            } catch (CharacterCodingException notWindows1252) {
                throw new UnreadableArticleException(NOT_TEXT, notWindows1252);
            }
        }
    }

    /**
     * Whether the bytes hold well-formed multi-byte UTF-8 sequences. Latin-1 and Windows-1252 text almost never
     * does by chance (it would take an accented capital followed by a symbol from the C1 range, as in "Ã©").
     */
    static boolean hasUtf8Sequences(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (continuations > 0 && i + continuations < bytes.length) {
                boolean complete = true;
                for (int k = 1; k <= continuations; k++) {
                    complete &= (bytes[i + k] & 0xC0) == 0x80;
                }
                if (complete) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Text in a Latin script is mostly ASCII letters, even in French or German; bytes that decode to mostly accented
     * letters and symbols are some other encoding or no text at all.
     */
    private static String looksLikeLatinText(String text) throws UnreadableArticleException {
        long letters = text.chars().filter(Character::isLetter).count();
        long nonAscii = text.chars().filter(c -> c > 0x7F).count();
        if (letters == 0 || nonAscii > letters * MAX_NON_ASCII_SHARE) {
            throw new UnreadableArticleException(NOT_TEXT);
        }
        return text;
    }

    private static String strictly(byte[] bytes, int offset, Charset charset, String name)
            throws UnreadableArticleException {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException("not valid " + name + " text despite its byte order mark", e);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset)
            throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static void rejectControlCharacters(String text) throws UnreadableArticleException {
        long controls = text.chars().filter(TextDecoder::isUnexpectedControl).count();
        if (!text.isEmpty() && controls > text.length() * MAX_CONTROL_CHAR_SHARE) {
            throw new UnreadableArticleException("binary content (" + controls + " control characters)");
        }
    }

    private static boolean isUnexpectedControl(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
