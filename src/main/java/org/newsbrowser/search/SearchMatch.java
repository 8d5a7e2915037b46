package org.newsbrowser.search;

/**
 * How an article matched a search: its relevance score, its title with matches marked (empty when the title did
 * not match) and passages of its text around the best matches (empty when only the title matched).
 */
public record SearchMatch(float score, Highlight title, Highlight snippet) {

    /**
     * This match with its title highlight dropped unless it is the whole title: the highlighter returns the best
     * sentence, and a list must not show part of a headline as if it were all of it.
     */
    SearchMatch withWholeTitle(String title) {
        return title.strip().equals(this.title.text()) ? this : new SearchMatch(score, Highlight.NONE, snippet);
    }
}
