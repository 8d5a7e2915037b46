package org.newsbrowser.entity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Which entities appear in which articles: the table behind entity pages and article chips. */
public interface AppearanceRepository extends JpaRepository<Appearance, Appearance.Key> {

    /**
     * The articles mentioning an entity, most about it first (see {@link Aboutness}), then those mentioning it most:
     * the order of the index {@code appearance_entity_rank_idx}, so that a page is read from it, not sorted. The
     * order names the entity first, though it is the same on every row: H2 reads an index in the order of a query
     * only when the order starts with the index's first column.
     */
    @Query(value = "select new org.newsbrowser.entity.EntityArticle(a.id, a.title, a.source, a.publishedAt,"
            + " ap.mentionCount, ap.inHeadline, ap.inLead, ap.aboutness)"
            + " from Appearance ap join ap.article a where ap.entity.id = :entityId"
            + " order by ap.entity.id, ap.aboutness desc, ap.mentionCount desc, ap.firstOffset, ap.article.id",
            countQuery = "select count(ap) from Appearance ap where ap.entity.id = :entityId")
    Page<EntityArticle> findArticles(Long entityId, Pageable pageable);

    /**
     * The raw material of an entity's snippets: the text window around its first mention in each article. From the
     * appearances, whose first offset finds the mention by the article's mention index: given the mentions of the
     * entity instead, H2 read every mention of it (60 ms for a country named in 14,000 articles, against 2 ms).
     */
    @Query("""
            select m.article.id, m.begin, m.end,
                   case when m.begin > 140 then m.begin - 140 else 0 end,
                   substring(a.body, case when m.begin > 140 then m.begin - 139 else 1 end, m.end - m.begin + 280)
            from Appearance ap join ap.article a
              join Mention m on m.article.id = ap.article.id and m.begin = ap.firstOffset and m.entity.id = ap.entity.id
            where ap.entity.id = :entityId and ap.article.id in :articleIds""")
    List<Object[]> findFirstMentionWindows(Long entityId, Collection<Long> articleIds);

    /**
     * Appearances of given types in given articles, with their entities: those the article is about (prominent)
     * first, then the most mentioned.
     */
    @Query("""
            select ap from Appearance ap join fetch ap.entity e
            where ap.article.id in :articleIds and e.type in :types and e.hidden = false
            order by ap.prominent desc, ap.mentionCount desc, ap.firstOffset""")
    List<Appearance> findInArticles(Collection<Long> articleIds, Collection<EntityType> types);

    /**
     * The entities of the given articles as names, without loading them: [articleId, type, name], those the
     * article is about first, then the most mentioned.
     */
    @Query("""
            select ap.article.id, e.type, e.name from Appearance ap join ap.entity e
            where ap.article.id in :articleIds
            order by ap.prominent desc, ap.mentionCount desc, ap.firstOffset""")
    List<Object[]> findEntityNames(Collection<Long> articleIds);

    @Query("select ap from Appearance ap join fetch ap.article where ap.entity = :entity")
    List<Appearance> findByEntity(NamedEntity entity);

    /** The appearances of {@code entity} in the articles where {@code other} also appears. */
    @Query("""
            select ap from Appearance ap where ap.entity = :entity
              and ap.article in (select o.article from Appearance o where o.entity = :other)""")
    List<Appearance> findByEntityAlongside(NamedEntity entity, NamedEntity other);

    @Modifying
    @Query("delete from Appearance ap where ap.entity in :entities and ap.article.id in :articleIds")
    void deleteByEntitiesInArticles(Collection<NamedEntity> entities, Collection<Long> articleIds);

    @Modifying
    @Query("delete from Appearance ap where ap.article.id = :articleId")
    void deleteByArticle(Long articleId);
}
