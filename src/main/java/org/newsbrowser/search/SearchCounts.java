package org.newsbrowser.search;

/**
 * What a search counts over its whole result, besides the page of hits, in the same index query: the list page's
 * filter panel and timeline want both, the API neither.
 *
 * @param facetValues how many entities of each type to count; 0 for none
 * @param days        whether to count the dated results per day (UTC)
 */
public record SearchCounts(int facetValues, boolean days) {

    public static final SearchCounts NONE = new SearchCounts(0, false);
}
