package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.search.ArticleSearch;
import org.newsbrowser.search.SearchCounts;
import org.newsbrowser.search.SearchMatch;
import org.newsbrowser.search.SearchResults;
import org.newsbrowser.timeline.DayCount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Loads one page of the article list with each row's main people and countries, for the page and the API: from the
 * database, or from the search index when the request has a search.
 */
@Component
class ArticleListing {

    /** How many people and how many countries a row names. */
    static final int MAIN_ENTITIES = 3;

    private final ArticleRepository articles;
    private final AppearanceRepository appearances;
    private final ArticleFilters filters;
    private final ArticleSearch search;

    ArticleListing(ArticleRepository articles, AppearanceRepository appearances, ArticleFilters filters,
                   ArticleSearch search) {
        this.articles = articles;
        this.appearances = appearances;
        this.filters = filters;
        this.search = search;
    }

    /**
     * @param searchCounts for a search, what to count over its whole result (the index counts it with the search).
     *                     Without a search the controller counts facets and days itself.
     */
    Listing list(ArticleFilterParams filterParams, ArticleListParams params, SearchCounts searchCounts) {
        ArticleFilter filter = filters.resolve(filterParams);
        ArticleSort sort = params.articleSort(filter.hasQuery());
        PageRequest pageable = PageRequest.of(params.pageNumber(), params.pageSize());
        if (filter.hasQuery()) {
            SearchResults found = search.search(filter, sort, pageable, searchCounts);
            return new Listing(filter, sort, found.page(), mainEntities(found.page()), found.matches(),
                    found.facets(), found.days());
        }
        Page<ArticleRow> page = articles.findRows(filter, sort, pageable);
        return new Listing(filter, sort, page, mainEntities(page), Map.of(), Map.of(), List.of());
    }

    private Map<Long, List<NamedEntity>> mainEntities(Page<ArticleRow> page) {
        Map<Long, List<NamedEntity>> byArticle = new LinkedHashMap<>();
        if (page.isEmpty()) {
            return byArticle;
        }
        List<Long> ids = page.map(ArticleRow::id).toList();
        for (Appearance appearance : appearances.findInArticles(ids, EnumSet.of(EntityType.PERSON, EntityType.COUNTRY))) {
            List<NamedEntity> main = byArticle.computeIfAbsent(appearance.getArticle().getId(), id -> new ArrayList<>());
            NamedEntity entity = appearance.getEntity();
            if (main.stream().filter(e -> e.getType() == entity.getType()).count() < MAIN_ENTITIES) {
                main.add(entity);
            }
        }
        return byArticle;
    }

    /**
     * One page of the list.
     *
     * @param main per article id, its most mentioned people then countries, at most {@link #MAIN_ENTITIES} each
     * @param matches for a search, per article id how it matched
     * @param searchFacets for a search, the facet counts over its result
     * @param searchDays for a search, its dated results per day, in day order
     */
    record Listing(ArticleFilter filter, ArticleSort sort, Page<ArticleRow> page, Map<Long, List<NamedEntity>> main,
                   Map<Long, SearchMatch> matches, Map<EntityType, List<EntityCount>> searchFacets,
                   List<DayCount> searchDays) {

        public List<NamedEntity> main(Long articleId, EntityType type) {
            return main.getOrDefault(articleId, List.of()).stream().filter(e -> e.getType() == type).toList();
        }

        /** How the article matched the search, or null without a search. */
        public SearchMatch match(Long articleId) {
            return matches.get(articleId);
        }
    }
}
