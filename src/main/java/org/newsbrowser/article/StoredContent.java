package org.newsbrowser.article;

/** The content hash the article of a file was stored with: what ingest compares a file with to skip it. */
public record StoredContent(String source, String contentHash) {
}
