package org.newsbrowser.article;

/** The orders the article list offers. */
public enum ArticleSort {
    /** Newest first; undated articles follow in title order, so a corpus without dates reads alphabetically. */
    NEWEST("a.publishedAt desc nulls last, a.title, a.id"),
    TITLE("a.title, a.id"),
    /** Best match first; only with a search (then it is the default), whose index orders by score. */
    RELEVANCE(NEWEST.orderBy);

    public static final ArticleSort DEFAULT = NEWEST;

    private final String orderBy;

    ArticleSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
