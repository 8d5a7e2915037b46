package org.newsbrowser.search;

import java.util.List;
import java.util.Map;
import org.newsbrowser.article.ArticleRow;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.timeline.DayCount;
import org.springframework.data.domain.Page;

/**
 * One page of search results: the rows in the requested order, how each matched (by article id), per entity type
 * the entities most named in the whole result with their article counts, and the whole result's dated articles per
 * day in day order (both empty when not asked for: {@link SearchCounts}).
 */
public record SearchResults(Page<ArticleRow> page, Map<Long, SearchMatch> matches,
                            Map<EntityType, List<EntityCount>> facets, List<DayCount> days) {
}
