package org.newsbrowser.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.article.ArticleRow;
import org.newsbrowser.article.ArticleRowWithBody;
import org.newsbrowser.article.ArticleSort;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.timeline.DayCount;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a search combined with entity filters against the article index: one index query gives the page of hits
 * (ids and scores) and the facet and per-day counts over the whole result; the rows with their text and the facet
 * entities are then read from the database in one statement each, so a page shows what the database holds.
 *
 * <p>The hits' titles and passages are highlighted in the app ({@link TextHighlighter}), on the text read from the
 * database with the rows. Lucene's highlighter read each hit's stored title and text from the index and analysed
 * them again in an in-memory index, which was most of a search's processor time; term vectors were slower still
 * (docs/BENCHMARKS.md, searches and highlighting).
 */
@Component
public class ArticleSearch {

    /** A title match weighs as much as several body matches: a headline says what the article is about. */
    static final float TITLE_BOOST = 3f;
    /** Passages are sentences: the best two. */
    private static final int SNIPPET_FRAGMENTS = 2;
    private static final AggregationKey<Map<LocalDate, Long>> DAYS = AggregationKey.of("days");

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final NamedEntityRepository entities;

    ArticleSearch(EntityManager entityManager, ArticleRepository articles, NamedEntityRepository entities) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.entities = entities;
    }

    /** One page of the articles matching the filter's search and entities, with what to count over all of them. */
    @Transactional(readOnly = true)
    public SearchResults search(ArticleFilter filter, ArticleSort sort, Pageable pageable, SearchCounts counts) {
        Map<EntityType, AggregationKey<Map<Long, Long>>> facetKeys = new EnumMap<>(EntityType.class);
        if (counts.facetValues() > 0) {
            for (EntityType type : EntityType.values()) {
                facetKeys.put(type, AggregationKey.of(ArticleEntitiesBinder.fieldName(type)));
            }
        }
        var query = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Hit::new))
                .where(f -> predicate(f, filter))
                .sort(f -> sort(f, sort));
        facetKeys.forEach((type, key) -> query.aggregation(key, f -> f.terms()
                .field(ArticleEntitiesBinder.fieldName(type), Long.class).maxTermCount(counts.facetValues())));
        if (counts.days()) {
            // Every day with results: the timeline draws them all (the index returns only the days it finds).
            query.aggregation(DAYS, f -> f.terms()
                    .field(SearchFields.PUBLISHED_DAY, LocalDate.class, ValueModel.INDEX)
                    .orderByTermAscending().maxTermCount(Integer.MAX_VALUE));
        }
        SearchResult<Hit> result = query.fetch((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE),
                pageable.getPageSize());

        // A hit whose article was deleted a moment ago is left out.
        Map<Long, ArticleRowWithBody> texts = rowsWithBody(result.hits().stream().map(Hit::id).toList());
        TextHighlighter highlighter = TextHighlighter.of(filter.query().root());
        Map<Long, SearchMatch> matches = new LinkedHashMap<>();
        List<ArticleRow> rows = new ArrayList<>();
        for (Hit hit : result.hits()) {
            ArticleRowWithBody found = texts.get(hit.id());
            if (found != null) {
                rows.add(found.row());
                matches.put(hit.id(), new SearchMatch(hit.score(), highlighter.whole(found.row().title()),
                        highlighter.passages(found.body(), SNIPPET_FRAGMENTS)));
            }
        }
        Map<EntityType, List<EntityCount>> facets = new EnumMap<>(EntityType.class);
        if (!facetKeys.isEmpty()) {
            Map<EntityType, Map<Long, Long>> byType = new EnumMap<>(EntityType.class);
            facetKeys.forEach((type, key) -> byType.put(type, result.aggregation(key)));
            facets = facets(byType);
        }
        List<DayCount> days = counts.days() ? result.aggregation(DAYS).entrySet().stream()
                .map(day -> new DayCount(day.getKey(), day.getValue(), 0)).toList() : List.of();
        return new SearchResults(new PageImpl<>(rows, pageable, result.total().hitCount()), matches, facets, days);
    }

    /**
     * The ids of the articles matching the filter's search and entities, at most {@code limit}, in the given order,
     * with how many match in all: what views counting in SQL restrict their queries to.
     */
    @Transactional(readOnly = true)
    public ArticleFilter.Matches matches(ArticleFilter filter, ArticleSort sort, int limit) {
        SearchResult<Long> result = Search.session(entityManager).search(Article.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, filter))
                .sort(f -> sort(f, sort))
                .fetch(limit);
        return new ArticleFilter.Matches(result.hits(), result.total().hitCount());
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, ArticleFilter filter) {
        PredicateFinalStep text = SearchPredicates.of(f, filter.query().root());
        if (filter.isEmpty()) {
            return text;
        }
        return f.bool(b -> {
            b.must(text);
            for (NamedEntity entity : filter.entities()) {
                b.filter(f.match().field(ArticleEntitiesBinder.fieldName(entity.getType())).matching(entity.getId()));
            }
            if (filter.from() != null) {
                b.filter(f.range().field(SearchFields.PUBLISHED_AT).atLeast(filter.fromInstant()));
            }
            if (filter.to() != null) {
                b.filter(f.range().field(SearchFields.PUBLISHED_AT).lessThan(filter.toInstantExclusive()));
            }
        });
    }

    private static SortFinalStep sort(SearchSortFactory f, ArticleSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.composite(c -> {
                c.add(f.score());
                c.add(f.field(SearchFields.PUBLISHED_AT).desc().missing().last());
                c.add(f.field(SearchFields.ID_SORT));
            });
            case NEWEST -> f.composite(c -> {
                c.add(f.field(SearchFields.PUBLISHED_AT).desc().missing().last());
                c.add(f.field(SearchFields.TITLE_SORT));
                c.add(f.field(SearchFields.ID_SORT));
            });
            case TITLE -> f.composite(c -> {
                c.add(f.field(SearchFields.TITLE_SORT));
                c.add(f.field(SearchFields.ID_SORT));
            });
        };
    }

    /** The rows of the hits with their text, by id. */
    private Map<Long, ArticleRowWithBody> rowsWithBody(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.findRowsWithBodyByIdIn(ids).stream()
                .collect(Collectors.toMap(found -> found.row().id(), Function.identity()));
    }

    /** An index hit: the article's id and its relevance. */
    private record Hit(Long id, Float score) {
    }

    /**
     * The counted entities read in one statement, most counted first, then by name as the filter panel lists; hidden
     * entities are left out (the index holds their ids, the panel never shows them).
     */
    private Map<EntityType, List<EntityCount>> facets(Map<EntityType, Map<Long, Long>> counts) {
        List<Long> ids = counts.values().stream().flatMap(c -> c.keySet().stream()).toList();
        Map<Long, NamedEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            entities.findAllById(ids).stream().filter(e -> !e.isHidden()).forEach(e -> byId.put(e.getId(), e));
        }
        Map<EntityType, List<EntityCount>> facets = new EnumMap<>(EntityType.class);
        counts.forEach((type, byEntity) -> facets.put(type, byEntity.entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new EntityCount(byId.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(EntityCount::articles).reversed()
                        .thenComparing(c -> c.entity().getName()))
                .toList()));
        return facets;
    }
}
