package org.newsbrowser.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** Builds the filter's conditions: one {@code exists} per selected entity, so every entity must appear. */
class FilteredArticlesImpl implements FilteredArticles {

    private final EntityManager entityManager;

    FilteredArticlesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<ArticleRow> findRows(ArticleFilter filter, ArticleSort sort, Pageable pageable) {
        String where = whereClause(filter, "a");
        TypedQuery<ArticleRow> rows = entityManager.createQuery(
                "select new org.newsbrowser.article.ArticleRow(a.id, a.title, a.lead, a.source, a.publishedAt)"
                        + " from Article a" + where + " order by " + sort.orderBy(), ArticleRow.class);
        bind(rows, filter);
        rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        List<ArticleRow> content = rows.getResultList();
        if (content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())) {
            return new PageImpl<>(content, pageable, pageable.getOffset() + content.size());
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(a) from Article a" + where, Long.class);
        bind(count, filter);
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    @Override
    public List<EntityCount> countEntities(ArticleFilter filter, EntityType type, int limit) {
        String articles = filter.isEmpty() ? "" : " and ap.article.id in (select a.id from Article a"
                + whereClause(filter, "a") + ")";
        TypedQuery<EntityCount> query = entityManager.createQuery(
                "select new org.newsbrowser.entity.EntityCount(e, count(ap)) from Appearance ap join ap.entity e"
                        + " where e.type = :type and e.hidden = false" + articles
                        + " group by e order by count(ap) desc, e.name", EntityCount.class);
        query.setParameter("type", type);
        bind(query, filter);
        return query.setMaxResults(limit).getResultList();
    }

    private static String whereClause(ArticleFilter filter, String alias) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < filter.entityIds().size(); i++) {
            where.append(i == 0 ? " where " : " and ")
                    .append("exists (select 1 from Appearance f").append(i)
                    .append(" where f").append(i).append(".article.id = ").append(alias).append(".id")
                    .append(" and f").append(i).append(".entity.id = :e").append(i).append(')');
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, ArticleFilter filter) {
        for (int i = 0; i < filter.entityIds().size(); i++) {
            query.setParameter("e" + i, filter.entityIds().get(i));
        }
    }
}
