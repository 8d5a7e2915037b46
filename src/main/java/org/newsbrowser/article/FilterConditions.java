package org.newsbrowser.article;

import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The JPQL conditions that keep only the articles of a filter: one {@code exists} per selected entity, so every
 * entity must appear. Public so that queries of other features (the network) select the same articles as the list.
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
        return conditions(filter, articleId).stream().map(condition -> " and " + condition)
                .reduce("", String::concat);
    }

    /** Binds the entity ids the conditions name. */
    public static void bind(Query query, ArticleFilter filter) {
        for (int i = 0; i < filter.entityIds().size(); i++) {
            query.setParameter("e" + i, filter.entityIds().get(i));
        }
    }

    private static List<String> conditions(ArticleFilter filter, String articleId) {
        return IntStream.range(0, filter.entityIds().size())
                .mapToObj(i -> "exists (select 1 from Appearance f" + i + " where f" + i + ".article.id = " + articleId
                        + " and f" + i + ".entity.id = :e" + i + ")")
                .toList();
    }
}
