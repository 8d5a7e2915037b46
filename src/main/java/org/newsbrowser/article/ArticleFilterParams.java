package org.newsbrowser.article;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The filter parameters shared by every view of a selection of articles (the list, its API and CSV, the network):
 * entities by id ({@code person}, {@code organization}, {@code topic}) or ISO code ({@code country}); repeated
 * values combine with AND; and a search ({@code q}, see {@link org.newsbrowser.search.SearchQuery}). Resolved by
 * {@link ArticleFilters}.
 */
public record ArticleFilterParams(
        @Size(max = 10, message = "at most 10 people can be combined") List<Long> person,
        @Size(max = 10, message = "at most 10 organizations can be combined") List<Long> organization,
        @Size(max = 10, message = "at most 10 countries can be combined") List<String> country,
        @Size(max = 10, message = "at most 10 topics can be combined") List<Long> topic,
        String q) {

    public ArticleFilterParams {
        person = person == null ? List.of() : person;
        organization = organization == null ? List.of() : organization;
        country = country == null ? List.of() : country;
        topic = topic == null ? List.of() : topic;
    }

    /** Whether a search was typed; a blank one is no search. */
    public boolean hasQuery() {
        return q != null && !q.isBlank();
    }
}
