package org.newsbrowser.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters of the article list, page and API alike, besides its filters and search
 * ({@link ArticleFilterParams}): page, page size and order.
 */
record ArticleListParams(@Min(value = 0, message = "must be 0 or more") Integer page,
                         @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
                         @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE) Integer size,
                         String sort) {

    /** The largest page a client may ask for. */
    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    /** The order asked for; relevance, the default of a search, means newest first when there is no search. */
    ArticleSort articleSort(boolean searching) {
        ArticleSort searchOrNot = searching ? ArticleSort.RELEVANCE : ArticleSort.DEFAULT;
        if (sort == null || sort.isBlank()) {
            return searchOrNot;
        }
        try {
            ArticleSort asked = ArticleSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            return asked == ArticleSort.RELEVANCE ? searchOrNot : asked;
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "sort must be 'newest', 'title' or 'relevance'");
        }
    }
}
