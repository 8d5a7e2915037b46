package org.newsbrowser.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.search.SearchQuery;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The entities an article list is narrowed to, the search and the range of dates if any: an article matches when it
 * mentions every one of the entities, matches the search and, when {@code from} or {@code to} is set, is dated
 * within those days (inclusive, UTC; undated articles then drop out). Knows how to write itself back into a URL, so
 * a filtered list is a link that can be shared.
 *
 * @param query the search ({@code q}), or null for none
 * @param matches for a search that views counting in SQL need, the articles it matched (see
 *                {@link ArticleFilters#matching}); null otherwise. Filters derived with {@code with...} drop them.
 */
public record ArticleFilter(List<NamedEntity> entities, SearchQuery query, LocalDate from, LocalDate to,
                            Matches matches) {

    public static final ArticleFilter NONE = new ArticleFilter(List.of());

    /**
     * The articles a search matched, as the index ranked them, at most a bound of them.
     *
     * @param ids   the best matches' ids, best first (or in the order asked for)
     * @param total how many articles the search matched in all
     */
    public record Matches(List<Long> ids, long total) {

        public Matches {
            ids = List.copyOf(ids);
        }

        /** Whether the search matched more articles than {@link #ids} holds. */
        public boolean isCut() {
            return total > ids.size();
        }
    }

    public ArticleFilter(List<NamedEntity> entities) {
        this(entities, null, null, null);
    }

    public ArticleFilter(List<NamedEntity> entities, SearchQuery query, LocalDate from, LocalDate to) {
        this(entities, query, from, to, null);
    }

    public ArticleFilter {
        entities = entities.stream().distinct()
                .sorted(Comparator.comparing(NamedEntity::getType).thenComparing(NamedEntity::getName))
                .toList();
    }

    public static ArticleFilter of(NamedEntity... entities) {
        return new ArticleFilter(List.of(entities));
    }

    public List<Long> entityIds() {
        return entities.stream().map(NamedEntity::getId).toList();
    }

    /**
     * Whether no entity and no range of dates is selected and no search's matches are held (there may still be a
     * search, not run yet).
     */
    public boolean isEmpty() {
        return entities.isEmpty() && !hasRange() && matches == null;
    }

    /** The same filter, its search standing for the articles it matched. */
    public ArticleFilter withMatches(Matches found) {
        return new ArticleFilter(entities, query, from, to, found);
    }

    /** Whether the list is narrowed to a range of dates. */
    public boolean hasRange() {
        return from != null || to != null;
    }

    /** The first instant of the range, null when open. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after the range's last day, null when open. */
    public Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The same entities and search over the given days (either may be null for an open end). */
    public ArticleFilter withRange(LocalDate first, LocalDate last) {
        return new ArticleFilter(entities, query, first, last);
    }

    public ArticleFilter withoutRange() {
        return new ArticleFilter(entities, query, null, null);
    }

    public boolean hasQuery() {
        return query != null;
    }

    /** The same entities without the search. */
    public ArticleFilter withoutQuery() {
        return new ArticleFilter(entities, null, from, to);
    }

    /** The order a list has when none is asked for: best match first for a search, else newest first. */
    public ArticleSort defaultSort() {
        return hasQuery() ? ArticleSort.RELEVANCE : ArticleSort.DEFAULT;
    }

    public boolean contains(NamedEntity entity) {
        return entityIds().contains(entity.getId());
    }

    public ArticleFilter with(NamedEntity entity) {
        List<NamedEntity> more = new ArrayList<>(entities);
        more.add(entity);
        return new ArticleFilter(more, query, from, to);
    }

    public ArticleFilter without(NamedEntity entity) {
        return new ArticleFilter(entities.stream().filter(e -> !e.getId().equals(entity.getId())).toList(), query,
                from, to);
    }

    /** The article-list URL showing this filter, in the given order. */
    public String url(ArticleSort sort) {
        return url("/", sort);
    }

    /** This filter's articles in the given order at another path, such as the CSV export. */
    public String url(String path, ArticleSort sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (hasQuery()) {
            uri.queryParam("q", "{q}");
        }
        addEntitiesAndDates(uri);
        if (sort != defaultSort() && (hasQuery() || sort != ArticleSort.RELEVANCE)) {
            uri.queryParam("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        return hasQuery() ? uri.encode().buildAndExpand(query.text()).toUriString() : uri.build().encode().toUriString();
    }

    /**
     * A URL at the given path carrying this filter's search, entities and dates, for other views; its values are
     * encoded already (the search strictly, so that a {@code +} stays a plus), so build it with {@code build(true)}.
     */
    public UriComponentsBuilder uri(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (hasQuery()) {
            uri.queryParam("q", UriUtils.encode(query.text(), StandardCharsets.UTF_8));
        }
        return addEntitiesAndDates(uri);
    }

    private UriComponentsBuilder addEntitiesAndDates(UriComponentsBuilder uri) {
        entities.forEach(e -> uri.queryParam(e.getType().parameter(), e.getFilterValue()));
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        return uri;
    }

    /** The article-list URL showing this filter in the default order. */
    public String url() {
        return url(defaultSort());
    }
}
