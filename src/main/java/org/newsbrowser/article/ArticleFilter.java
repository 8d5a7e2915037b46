package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.search.SearchQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The entities an article list is narrowed to, and the search it is narrowed by if any: an article matches when it
 * mentions every one of the entities and matches the search. Knows how to write itself back into a URL, so a
 * filtered list is a link that can be shared.
 *
 * @param query the search ({@code q}), or null for none
 */
public record ArticleFilter(List<NamedEntity> entities, SearchQuery query) {

    public static final ArticleFilter NONE = new ArticleFilter(List.of());

    public ArticleFilter(List<NamedEntity> entities) {
        this(entities, null);
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

    /** Whether no entity is selected (there may still be a search). */
    public boolean isEmpty() {
        return entities.isEmpty();
    }

    public boolean hasQuery() {
        return query != null;
    }

    /** The same entities without the search. */
    public ArticleFilter withoutQuery() {
        return new ArticleFilter(entities);
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
        return new ArticleFilter(more, query);
    }

    public ArticleFilter without(NamedEntity entity) {
        return new ArticleFilter(entities.stream().filter(e -> !e.getId().equals(entity.getId())).toList(), query);
    }

    /** The article-list URL showing this filter, in the given order. */
    public String url(ArticleSort sort) {
        return url("/", sort);
    }

    /** This filter's articles in the given order at another path, such as the CSV export. */
    public String url(String path, ArticleSort sort) {
        UriComponentsBuilder uri = uri(path);
        if (sort != ArticleSort.DEFAULT) {
            uri.queryParam("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        return hasQuery() ? uri.encode().buildAndExpand(query.text()).toUriString() : uri.build().encode().toUriString();
    }

    /** A URL at the given path carrying this filter's entities (not its search), for other views of them. */
    public UriComponentsBuilder uri(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        entities.forEach(e -> uri.queryParam(e.getType().parameter(), e.getFilterValue()));
        return uri;
    }

    /** The article-list URL showing this filter in the default order. */
    public String url() {
        return url(defaultSort());
    }
}
