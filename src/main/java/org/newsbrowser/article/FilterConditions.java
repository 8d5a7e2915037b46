package org.newsbrowser.article;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The JPQL conditions that keep only the articles of a filter: one {@code exists} per selected entity, so every
 * entity must appear, the range of dates when one is set (undated articles then drop out), and for a search the
 * articles it matched (the index runs the search, see {@link ArticleFilters#matching}). Public so that queries of
 * other features (the network) select the same articles as the list.
 */
public final class FilterConditions {

    private FilterConditions() {
    }

    /** {@code " where ..."} on the given article-id expression (such as {@code a.id}), or nothing for no filter. */
    public static String where(ArticleFilter filter, String articleId) {
        List<String> conditions = conditions(filter, articleId);
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** {@code " and ..."} on the given article-id expression (such as {@code ap.article.id}), or nothing. */
    public static String and(ArticleFilter filter, String articleId) {
        return andEach(conditions(filter, articleId));
    }

    /**
     * {@code " and ..."} like {@link #and} but without the condition on the filter's first entity: for a query that
     * reads that entity's appearances itself, as {@code entity.id = :e0} (bound by {@link #bind}).
     */
    public static String andBesidesFirstEntity(ArticleFilter filter, String articleId) {
        return andEach(conditions(filter, articleId, 1));
    }

    /**
     * The start of a query over the appearances of the filter's articles, as {@code alias}: a from clause, then
     * {@code joins} (such as {@code "join ap.entity e"}), then the filter's conditions as {@code " where ..."}, to
     * which the caller may add {@code " and ..."}; bound by {@link #bind}.
     *
     * <p>When the filter selects entities, the appearances are joined to those of the first one, so that the database
     * reads that entity's articles instead of checking every article of the corpus. A join, not
     * {@code alias.article.id in (select ...)}: H2 buffers to disk a result of more rows than it keeps in memory
     * (40,000 a gigabyte of heap), and fails reading a buffered subquery as the values of {@code in} (an
     * {@code ArrayIndexOutOfBoundsException} in H2 2.4), which made a filter by an entity named in that many articles
     * a server error. Without entities (dates, a search) the subquery stays: joined to the articles of a range of
     * dates, H2 starts from the entities instead and takes seconds, so a range of more than that many articles still
     * fails on H2 (not on PostgreSQL).
     */
    public static String fromAppearancesOf(ArticleFilter filter, String alias, String joins) {
        if (filter.entityIds().isEmpty()) {
            return " from Appearance " + alias + " " + joins + " where " + alias + ".article.id in (select fa.id"
                    + " from Article fa" + where(filter, "fa.id") + ")";
        }
        return " from Appearance f0 join Appearance " + alias + " on " + alias + ".article.id = f0.article.id "
                + joins + " where f0.entity.id = :e0" + andBesidesFirstEntity(filter, "f0.article.id");
    }

    /** Binds the entity ids and dates the conditions name. */
    public static void bind(Query query, ArticleFilter filter) {
        for (int i = 0; i < filter.entityIds().size(); i++) {
            query.setParameter("e" + i, filter.entityIds().get(i));
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.fromInstant());
        }
        if (filter.to() != null) {
            query.setParameter("toExclusive", filter.toInstantExclusive());
        }
        if (filter.matches() != null) {
            bindList(query, "matches", filter.matches().ids());
        }
    }

    /**
     * Binds a collection to an {@code in :name} parameter as a list. Given one through {@code setParameter},
     * Hibernate first tries the whole collection as a single value, and throws and catches an exception for it on
     * every query.
     */
    public static void bindList(Query query, String name, Collection<?> values) {
        query.unwrap(org.hibernate.query.Query.class).setParameterList(name, values);
    }

    private static String andEach(List<String> conditions) {
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    private static List<String> conditions(ArticleFilter filter, String articleId) {
        return conditions(filter, articleId, 0);
    }

    /** The conditions, leaving out the entities before {@code firstEntity} (a query that selects them itself). */
    private static List<String> conditions(ArticleFilter filter, String articleId, int firstEntity) {
        List<String> conditions = new ArrayList<>(IntStream.range(firstEntity, filter.entityIds().size())
                .mapToObj(i -> "exists (select 1 from Appearance f" + i + " where f" + i + ".article.id = " + articleId
                        + " and f" + i + ".entity.id = :e" + i + ")")
                .toList());
        if (filter.from() != null) {
            conditions.add("exists (select 1 from Article df where df.id = " + articleId + " and df.publishedAt >= :from)");
        }
        if (filter.to() != null) {
            conditions.add("exists (select 1 from Article dt where dt.id = " + articleId
                    + " and dt.publishedAt < :toExclusive)");
        }
        if (filter.hasQuery()) {
            if (filter.matches() == null) {
                // Counting the whole corpus for a search would be a wrong answer given silently.
                throw new IllegalStateException("run the search first: ArticleFilters.matching");
            }
            conditions.add(articleId + " in :matches");
        }
        return conditions;
    }
}
