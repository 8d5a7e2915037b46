package org.newsbrowser.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters of the article list, page and API alike: filters by entity (several values of one kind
 * combine with AND), page, page size, order and a range of dates ({@code from} and {@code to}, ISO days, inclusive).
 */
record ArticleListParams(@Size(max = 10, message = "at most 10 people can be combined") List<Long> person,
                         @Size(max = 10, message = "at most 10 organizations can be combined") List<Long> organization,
                         @Size(max = 10, message = "at most 10 countries can be combined") List<String> country,
                         @Size(max = 10, message = "at most 10 topics can be combined") List<Long> topic,
                         @Min(value = 0, message = "must be 0 or more") Integer page,
                         @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
                         @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE) Integer size,
                         String sort,
                         String from,
                         String to) {

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

    /** The first day of the range, or null; 400 when not an ISO date or after {@code to}. */
    LocalDate fromDate() {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
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
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    name + " must be a date as YYYY-MM-DD, such as 2022-07-19, not '" + shown + "'");
        }
    }

    ArticleSort articleSort() {
        if (sort == null || sort.isBlank()) {
            return ArticleSort.DEFAULT;
        }
        try {
            return ArticleSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "sort must be 'newest' or 'title'");
        }
    }
}
