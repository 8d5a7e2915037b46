package org.newsbrowser.article;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filter parameters shared by every view of a selection of articles (the list, its API and CSV, the network):
 * entities by id ({@code person}, {@code organization}, {@code topic}) or ISO code ({@code country}); repeated
 * values combine with AND; a search ({@code q}, see {@link org.newsbrowser.search.SearchQuery}); and a range of
 * dates ({@code from} and {@code to}, ISO days, inclusive). Resolved by {@link ArticleFilters}.
 */
public record ArticleFilterParams(
        @Size(max = 10, message = "at most 10 people can be combined") List<Long> person,
        @Size(max = 10, message = "at most 10 organizations can be combined") List<Long> organization,
        @Size(max = 10, message = "at most 10 countries can be combined") List<String> country,
        @Size(max = 10, message = "at most 10 topics can be combined") List<Long> topic,
        String q,
        String from,
        String to) {

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

    /** The first day of the range, or null; 400 when not an ISO date or after {@code to}. */
    LocalDate fromDate() {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "from (" + first + ") must not be after to (" + last + ")");
        }
        return first;
    }

    /** The last day of the range, or null; 400 when not an ISO date. */
    LocalDate toDate() {
        return date("to", to);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            String shown = value.length() <= 20 ? value : value.substring(0, 20) + "…";
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " must be a date as YYYY-MM-DD, such as 2022-07-19, not '" + shown + "'");
        }
    }
}
