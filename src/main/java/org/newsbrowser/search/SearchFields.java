package org.newsbrowser.search;

/**
 * The names of the article index's analyzers and fields, shared by the mapping on {@code Article} and the queries.
 *
 * <p>Title and body are indexed twice: once with {@link #PLAIN} words (lower case, no accents), stored, for exact
 * phrases, prefixes and highlighting; once with {@link #ENGLISH} stems, for words. A highlighter marks the terms
 * of the field it highlights, so the stored fields are the plain ones, which every kind of query also searches.
 */
public final class SearchFields {

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

    private SearchFields() {
    }
}
