package org.newsbrowser.search;

/**
 * The names of the article index's analyzers and fields, shared by the mapping on {@code Article} and the queries.
 *
 * <p>Title and body are indexed twice: once with {@link #PLAIN} words (lower case, no accents), stored, for exact
 * phrases, prefixes and highlighting; once with {@link #ENGLISH} stems, for words. A highlighter marks the terms
 * of the field it highlights, so the stored fields are the plain ones, which every kind of query also searches.
 */
public final class SearchFields {

    /** The index of articles. */
    public static final String INDEX = "article";
    /**
     * The version of the index's mapping (the fields and their options on {@code Article}): raise it with any change
     * an index built before cannot take (a field's options changed, a field added that old documents lack), so that
     * the embedded index is rebuilt at the next start ({@link SearchIndexVersion}).
     * 2: the day field. 3: title and text no longer stored, nor their offsets (snippets are marked from the
     * database's text by {@code TextHighlighter}).
     */
    static final int MAPPING_VERSION = 3;

    /** Standard tokenizer, possessive 's removed, lower case, accents folded: the words as written. */
    public static final String PLAIN = "news_plain";
    /** {@link #PLAIN} plus Porter stemming; no stop words, so phrases keep every word. */
    public static final String ENGLISH = "news_english";

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String TITLE_ENGLISH = "title_english";
    public static final String BODY_ENGLISH = "body_english";
    public static final String TITLE_SORT = "title_sort";
    public static final String ID_SORT = "id_sort";
    public static final String PUBLISHED_AT = "publishedAt";
    /** The article's day in UTC ({@link UtcDayBridge}), for counting a search's results per day. */
    public static final String PUBLISHED_DAY = "publishedDay";

    private SearchFields() {
    }
}
