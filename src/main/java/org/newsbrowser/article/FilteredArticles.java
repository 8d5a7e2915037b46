package org.newsbrowser.article;

import java.util.List;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Queries over the articles that mention every entity of a filter. */
public interface FilteredArticles {

    /** One page of the articles matching the filter, in the given order. */
    Page<ArticleRow> findRows(ArticleFilter filter, ArticleSort sort, Pageable pageable);

    /** The entities of one type in the articles matching the filter, with how many of those articles name each. */
    List<EntityCount> countEntities(ArticleFilter filter, EntityType type, int limit);

    /** The dated articles matching the filter per day (UTC): rows of [LocalDate day, Long articles], in day order. */
    List<Object[]> countByDay(ArticleFilter filter);
}
