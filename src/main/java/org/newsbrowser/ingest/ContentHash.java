package org.newsbrowser.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an article's content, by which unchanged articles are skipped and duplicates found. */
final class ContentHash {

    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    void update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
    }

    /** Adds a field; a null field and each field's end are marked so that fields cannot shift into each other. */
    ContentHash field(Object value) {
        byte[] bytes = value == null ? new byte[] {1} : ("\0" + value).getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        digest.update((byte) 2);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
