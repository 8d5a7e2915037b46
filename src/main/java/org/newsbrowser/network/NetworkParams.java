package org.newsbrowser.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The network's own query parameters, besides the article list's filters: how many entities to show and the
 * fewest shared articles an edge needs.
 */
record NetworkParams(@Min(value = 2, message = "must be between 2 and " + MAX_LIMIT)
                     @Max(value = MAX_LIMIT, message = "must be between 2 and " + MAX_LIMIT) Integer limit,
                     @Min(value = 1, message = "must be 1 or more") Integer minWeight) {

    static final int DEFAULT_LIMIT = 60;
    static final int MAX_LIMIT = 300;

    int nodeLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    int edgeMinimum() {
        return minWeight == null ? 1 : minWeight;
    }
}
