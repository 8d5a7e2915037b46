package org.newsbrowser.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** Builds the filter's conditions (see {@link FilterConditions}) into the list's queries. */
class FilteredArticlesImpl implements FilteredArticles {

    /** Rows a streamed export fetches from the database at a time. */
    private static final int STREAM_FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final CorpusWideCounts corpusWide;

    FilteredArticlesImpl(EntityManager entityManager, CorpusWideCounts corpusWide) {
        this.entityManager = entityManager;
        this.corpusWide = corpusWide;
    }

    @Override
    public Page<ArticleRow> findRows(ArticleFilter filter, ArticleSort sort, Pageable pageable) {
        TypedQuery<ArticleRow> rows = rowsQuery(filter, sort);
        rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        List<ArticleRow> content = rows.getResultList();
        if (content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())) {
            return new PageImpl<>(content, pageable, pageable.getOffset() + content.size());
        }
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(a) from Article a" + FilterConditions.where(filter, "a.id"), Long.class);
        FilterConditions.bind(count, filter);
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    @Override
    public Stream<ArticleRow> streamRows(ArticleFilter filter, ArticleSort sort) {
        return rowsQuery(filter, sort).setHint("org.hibernate.fetchSize", STREAM_FETCH_SIZE).getResultStream();
    }

    private TypedQuery<ArticleRow> rowsQuery(ArticleFilter filter, ArticleSort sort) {
        TypedQuery<ArticleRow> rows = entityManager.createQuery(
                "select new org.newsbrowser.article.ArticleRow(a.id, a.title, a.lead, a.source, a.publishedAt)"
                        + " from Article a" + FilterConditions.where(filter, "a.id") + " order by " + sort.orderBy(),
                ArticleRow.class);
        FilterConditions.bind(rows, filter);
        return rows;
    }

    @Override
    public List<EntityCount> countEntities(ArticleFilter filter, Collection<EntityType> types, int limit) {
        if (filter.isEmpty()) {
            return corpusWide.get("entities " + new TreeSet<>(types) + " " + limit,
                    () -> queryEntityCounts(filter, types, limit));
        }
        return queryEntityCounts(filter, types, limit);
    }

    private List<EntityCount> queryEntityCounts(ArticleFilter filter, Collection<EntityType> types, int limit) {
        String appearances = filter.isEmpty() ? " from Appearance ap join ap.entity e where true"
                : FilterConditions.fromAppearancesOf(filter, "ap", "join ap.entity e");
        // The filter's own entities are named by every article, so they tie for first: list them first.
        String selectedFirst = filter.isEmpty() ? "" : " case when e.id in :selected then 0 else 1 end,";
        TypedQuery<EntityCount> query = entityManager.createQuery(
                "select new org.newsbrowser.entity.EntityCount(e, count(ap))" + appearances
                        + " and e.type in :types and e.hidden = false"
                        + " group by e order by count(ap) desc," + selectedFirst + " e.name", EntityCount.class);
        if (!filter.isEmpty()) {
            FilterConditions.bindList(query, "selected", filter.entityIds());
        }
        FilterConditions.bindList(query, "types", types);
        FilterConditions.bind(query, filter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Object[]> countByDay(ArticleFilter filter) {
        return filter.isEmpty() ? corpusWide.get("days", () -> queryDayCounts(filter)) : queryDayCounts(filter);
    }

    private List<Object[]> queryDayCounts(ArticleFilter filter) {
        String where = FilterConditions.where(filter, "a.id");
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select cast(a.publishedAt as LocalDate), count(a) from Article a" + where
                        + (where.isEmpty() ? " where " : " and ") + "a.publishedAt is not null"
                        + " group by cast(a.publishedAt as LocalDate) order by cast(a.publishedAt as LocalDate)",
                Object[].class);
        FilterConditions.bind(query, filter);
        return query.getResultList();
    }
}
