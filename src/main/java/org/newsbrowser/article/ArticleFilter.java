package org.newsbrowser.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsbrowser.entity.NamedEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The entities an article list is narrowed to: an article matches when it mentions every one of them and, when
 * {@code from} or {@code to} is set, is dated within those days (inclusive, UTC; undated articles then drop out).
 * Knows how to write itself back into a URL, so a filtered list is a link that can be shared.
 */
public record ArticleFilter(List<NamedEntity> entities, LocalDate from, LocalDate to) {

    public static final ArticleFilter NONE = new ArticleFilter(List.of());

    public ArticleFilter {
        entities = entities.stream().distinct()
                .sorted(Comparator.comparing(NamedEntity::getType).thenComparing(NamedEntity::getName))
                .toList();
    }

    public ArticleFilter(List<NamedEntity> entities) {
        this(entities, null, null);
    }

    public static ArticleFilter of(NamedEntity... entities) {
        return new ArticleFilter(List.of(entities));
    }

    public List<Long> entityIds() {
        return entities.stream().map(NamedEntity::getId).toList();
    }

    public boolean isEmpty() {
        return entities.isEmpty() && !hasRange();
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

    /** The same entities over the given days (either may be null for an open end). */
    public ArticleFilter withRange(LocalDate first, LocalDate last) {
        return new ArticleFilter(entities, first, last);
    }

    public ArticleFilter withoutRange() {
        return new ArticleFilter(entities);
    }

    public boolean contains(NamedEntity entity) {
        return entityIds().contains(entity.getId());
    }

    public ArticleFilter with(NamedEntity entity) {
        List<NamedEntity> more = new ArrayList<>(entities);
        more.add(entity);
        return new ArticleFilter(more, from, to);
    }

    public ArticleFilter without(NamedEntity entity) {
        return new ArticleFilter(entities.stream().filter(e -> !e.getId().equals(entity.getId())).toList(), from, to);
    }

    /** The article-list URL showing this filter, in the given order. */
    public String url(ArticleSort sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        entities.forEach(e -> uri.queryParam(e.getType().parameter(), e.getFilterValue()));
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (sort != ArticleSort.DEFAULT) {
            uri.queryParam("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        return uri.build().encode().toUriString();
    }

    /** The article-list URL showing this filter in the default order. */
    public String url() {
        return url(ArticleSort.DEFAULT);
    }
}
