package org.newsbrowser.article;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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

    /**
     * {@code " where ..."} on the given alias of an {@code Article} (such as {@code a}), or nothing for no filter.
     * The range of dates is a condition on the alias's own date, which the database can answer from its index.
     */
    public static String where(ArticleFilter filter, String article) {
        List<String> conditions = conditions(filter, article + ".id", 0, onArticle(article));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * {@code " and ..."} on the given article-id expression (such as {@code ap.article.id}), or nothing, without the
     * condition on the filter's first entity: for a query that reads that entity's appearances itself, as
     * {@code entity.id = :e0} (bound by {@link #bind}).
     */
    public static String andBesidesFirstEntity(ArticleFilter filter, String articleId) {
        return andEach(conditions(filter, articleId, 1, onArticleWithId(articleId)));
    }

    /**
     * A from clause over the filter's articles, as {@code article}, with the filter's conditions as
     * {@code " where ..."} (always a where clause, to which the caller may add {@code " and ..."}); bound by
     * {@link #bind}. With entities, it starts from the appearances of the first one, so that counting the articles
     * of an entity per day reads its articles, not every article of the corpus checking each (50 times as fast for an
     * entity in 14,000 of 100,000 articles). Not for a page of articles in the order of an index of the article
     * table: walking that index finds the first page of a much-named entity sooner.
     */
    public static String fromArticlesOf(ArticleFilter filter, String article) {
        if (filter.entityIds().isEmpty()) {
            return " from Article " + article + " where true"
                    + andEach(conditions(filter, article + ".id", 0, onArticle(article)));
        }
        return " from Appearance f0 join f0.article " + article + " where f0.entity.id = :e0"
                + andEach(conditions(filter, article + ".id", 1, onArticle(article)));
    }

    /**
     * A from clause over the appearances of the filter's articles, as {@code alias}, with the filter's conditions as
     * {@code " where ..."} (always a where clause, to which the caller may add {@code " and ..."}); bound by
     * {@link #bind}. Given more aliases, each is another appearance of the same article (two make the pairs of
     * entities named together). The query starts from what narrows most:
     *
     * <ul>
     *   <li>the appearances of the filter's first entity, joined to those of its articles;</li>
     *   <li>without entities, the articles of the range of dates (or of the search), joined to their appearances.</li>
     * </ul>
     *
     * <p>Joins, not {@code alias.article.id in (select ...)}: H2 buffers to disk a result of more rows than it keeps
     * in memory (40,000 a gigabyte of heap), and fails reading a buffered subquery as the values of {@code in} (an
     * {@code ArrayIndexOutOfBoundsException} in H2 2.4), which made a filter matching that many articles a server
     * error. A query that joins these appearances to their entities lets H2 start from the entities of a type
     * instead, which takes seconds: count by {@code alias.entity.id} and read the entities afterwards
     * ({@link org.newsbrowser.entity.TopEntities}).
     */
    public static String fromAppearancesOf(ArticleFilter filter, String alias, String... moreAliases) {
        if (!filter.entityIds().isEmpty()) {
            return " from Appearance f0" + joinedByArticle("f0.article.id", alias)
                    + joinedByArticle("f0.article.id", moreAliases)
                    + " where f0.entity.id = :e0" + andBesidesFirstEntity(filter, "f0.article.id");
        }
        if (filter.isEmpty()) {
            return " from Appearance " + alias + joinedByArticle(alias + ".article.id", moreAliases) + " where true";
        }
        return " from Article fa" + joinedByArticle("fa.id", alias) + joinedByArticle("fa.id", moreAliases)
                + where(filter, "fa");
    }

    /** {@code " join Appearance x on x.article.id = ..."} for each alias. */
    private static String joinedByArticle(String articleId, String... aliases) {
        return Arrays.stream(aliases)
                .map(alias -> " join Appearance " + alias + " on " + alias + ".article.id = " + articleId)
                .collect(Collectors.joining());
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

    /**
     * The conditions, leaving out the entities before {@code firstEntity} (a query that selects them itself);
     * {@code onArticle} turns a condition on an article alias, {@code %1$s}, into one on the filter's article.
     */
    private static List<String> conditions(ArticleFilter filter, String articleId, int firstEntity,
                                           UnaryOperator<String> onArticle) {
        List<String> conditions = new ArrayList<>(IntStream.range(firstEntity, filter.entityIds().size())
                .mapToObj(i -> "exists (select 1 from Appearance f" + i + " where f" + i + ".article.id = " + articleId
                        + " and f" + i + ".entity.id = :e" + i + ")")
                .toList());
        List<String> range = new ArrayList<>();
        if (filter.from() != null) {
            range.add("%1$s.publishedAt >= :from");
        }
        if (filter.to() != null) {
            range.add("%1$s.publishedAt < :toExclusive");
        }
        if (!range.isEmpty()) {
            conditions.add(onArticle.apply(String.join(" and ", range)));
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

    private static UnaryOperator<String> onArticle(String alias) {
        return condition -> condition.formatted(alias);
    }

    /** For a query without the article itself: each condition checks the article with that id. */
    private static UnaryOperator<String> onArticleWithId(String articleId) {
        return condition -> "exists (select 1 from Article d where d.id = " + articleId + " and "
                + condition.formatted("d") + ")";
    }
}
