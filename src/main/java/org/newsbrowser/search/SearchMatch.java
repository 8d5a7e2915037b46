package org.newsbrowser.search;

/**
 * How an article matched a search: its relevance score, its whole title with matches marked (empty when the title
 * did not match) and passages of its text around the best matches (empty when only the title matched).
 */
public record SearchMatch(float score, Highlight title, Highlight snippet) {
}
