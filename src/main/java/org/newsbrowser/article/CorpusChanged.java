package org.newsbrowser.article;

import org.newsbrowser.system.PagesChanged;

/**
 * Published when what the corpus-wide counts are made of changes: an article stored, replaced or removed, entities
 * merged, renamed or hidden. Listeners that cache such counts recount them once the change is committed, and the
 * pages kept are let go.
 *
 * @param showAtOnce whether the next page must show the change (a curator's action, the end of an ingest); an
 *                   article stored while an ingest runs may show a moment later, so that pages keep being served
 *                   from the counts made before it while they are counted again
 */
public record CorpusChanged(boolean showAtOnce) implements PagesChanged {

    /** An article stored, replaced or removed by an ingest that is still running. */
    public static CorpusChanged whileIngesting() {
        return new CorpusChanged(false);
    }

    /** A change the next page must show. */
    public static CorpusChanged atOnce() {
        return new CorpusChanged(true);
    }
}
