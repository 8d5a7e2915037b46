package org.newsbrowser.article;

/**
 * Published when what the corpus-wide counts are made of changes: an article stored, replaced or removed, entities
 * merged, renamed or hidden. Listeners that cache such counts forget them once the change is committed.
 */
public record CorpusChanged() {
}
