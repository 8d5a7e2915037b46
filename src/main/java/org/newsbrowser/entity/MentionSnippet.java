package org.newsbrowser.entity;

/**
 * The text around an entity's first mention in an article.
 *
 * @param articleId the article
 * @param before    the text leading up to the mention, starting at a word boundary
 * @param mention   the mention as written
 * @param after     the text following it, ending at a word boundary
 */
public record MentionSnippet(Long articleId, String before, String mention, String after) {

    /** The characters of context shown on each side of a mention. */
    public static final int CONTEXT = 140;

    /**
     * Cuts a snippet out of a window of article text.
     *
     * @param window      the article text from {@code windowStart}, at most {@code 2 * CONTEXT} plus the mention long
     * @param windowStart offset of the window in the article text
     */
    public static MentionSnippet of(Long articleId, String window, int windowStart, int begin, int end) {
        int from = begin - windowStart;
        int to = Math.min(end - windowStart, window.length());
        String before = window.substring(0, from);
        String after = window.substring(to);
        if (windowStart > 0) {
            before = "…" + before.substring(Math.min(before.indexOf(' ') + 1, before.length())).stripLeading();
        }
        int lastSpace = after.lastIndexOf(' ');
        if (after.length() >= CONTEXT && lastSpace > 0) {
            after = after.substring(0, lastSpace) + "…";
        }
        return new MentionSnippet(articleId, before.replace('\n', ' '), window.substring(from, to),
                after.replace('\n', ' '));
    }
}
