package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Loads one page of the article list with each row's main people and countries, for the page and the API. */
@Component
class ArticleListing {

    /** How many people and how many countries a row names. */
    static final int MAIN_ENTITIES = 3;

    private final ArticleRepository articles;
    private final AppearanceRepository appearances;
    private final ArticleFilters filters;

    ArticleListing(ArticleRepository articles, AppearanceRepository appearances, ArticleFilters filters) {
        this.articles = articles;
        this.appearances = appearances;
        this.filters = filters;
    }

    Listing list(ArticleFilterParams filterParams, ArticleListParams params) {
        ArticleFilter filter = filters.resolve(filterParams);
        ArticleSort sort = params.articleSort();
        Page<ArticleRow> page = articles.findRows(filter, sort, PageRequest.of(params.pageNumber(), params.pageSize()));
        return new Listing(filter, sort, page, mainEntities(page));
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
     */
    record Listing(ArticleFilter filter, ArticleSort sort, Page<ArticleRow> page, Map<Long, List<NamedEntity>> main) {

        public List<NamedEntity> main(Long articleId, EntityType type) {
            return main.getOrDefault(articleId, List.of()).stream().filter(e -> e.getType() == type).toList();
        }
    }
}
