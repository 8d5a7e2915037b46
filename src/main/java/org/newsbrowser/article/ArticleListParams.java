package org.newsbrowser.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters of the article list, page and API alike: a search ({@code q}, see
 * {@link org.newsbrowser.search.SearchQuery}), filters by entity (several values of one kind combine with AND),
 * page, page size and order.
 */
record ArticleListParams(@Size(max = 10, message = "at most 10 people can be combined") List<Long> person,
                         @Size(max = 10, message = "at most 10 organizations can be combined") List<Long> organization,
                         @Size(max = 10, message = "at most 10 countries can be combined") List<String> country,
                         @Size(max = 10, message = "at most 10 topics can be combined") List<Long> topic,
                         @Min(value = 0, message = "must be 0 or more") Integer page,
                         @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
                         @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE) Integer size,
                         String sort,
                         String q) {

    /** The largest page a client may ask for. */
    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    ArticleListParams {
        person = person == null ? List.of() : person;
        organization = organization == null ? List.of() : organization;
        country = country == null ? List.of() : country;
        topic = topic == null ? List.of() : topic;
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    /** Whether a search was typed; a blank one is no search. */
    boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    /** The order asked for; relevance, the default of a search, means newest first when there is no search. */
    ArticleSort articleSort() {
        ArticleSort searchOrNot = hasQuery() ? ArticleSort.RELEVANCE : ArticleSort.DEFAULT;
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
