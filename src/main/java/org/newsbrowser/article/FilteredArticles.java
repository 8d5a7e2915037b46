package org.newsbrowser.article;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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

    /** The entities of one type in the articles matching the filter, with how many of those articles name each. */
    default List<EntityCount> countEntities(ArticleFilter filter, EntityType type, int limit) {
        return countEntities(filter, EnumSet.of(type), limit);
    }

    /** The entities of the given types in the articles matching the filter, most often named first. */
    List<EntityCount> countEntities(ArticleFilter filter, Collection<EntityType> types, int limit);
}
