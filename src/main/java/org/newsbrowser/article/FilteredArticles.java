package org.newsbrowser.article;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Queries over the articles that mention every entity of a filter. */
public interface FilteredArticles {

    /** One page of the articles matching the filter, in the given order. */
    Page<ArticleRow> findRows(ArticleFilter filter, ArticleSort sort, Pageable pageable);

    /**
     * Every article matching the filter, in the given order, read from the database as the stream is consumed;
     * call within a transaction and close the stream.
     */
    Stream<ArticleRow> streamRows(ArticleFilter filter, ArticleSort sort);

    /**
     * The entities of each of the given types in the articles matching the filter, with how many of those articles
     * name each: the first {@code perType} of each type, most often named first, then the filter's own entities, then
     * by name; an empty list for a type with none.
     */
    Map<EntityType, List<EntityCount>> countEntitiesByType(ArticleFilter filter, Set<EntityType> types, int perType);

    /** The first {@code limit} entities of the given types taken together, ranked as {@link #countEntitiesByType}. */
    List<EntityCount> countEntities(ArticleFilter filter, Set<EntityType> types, int limit);

    /** The dated articles matching the filter per day (UTC): rows of [LocalDate day, Long articles], in day order. */
    List<Object[]> countByDay(ArticleFilter filter);
}
