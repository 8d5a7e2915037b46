package org.newsbrowser.article;

/** Where an article's date comes from; timelines and the date filter say so, since the sources differ in trust. */
public enum DateSource {
    /** The file's own metadata (an HTML meta tag or {@code <time>} element). */
    METADATA,
    /** The story's dateline ("LONDON, March 3, 1987 -", "LONDON 1996-08-30"). */
    DATELINE,
    /** The first full date written in the text ("July 19, 2022"), when neither of the above gives one. */
    TEXT,
    /** No date was found: the article has none. */
    NONE
}
