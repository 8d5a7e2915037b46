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

    /** The articles mentioning an entity: those about it first, then those mentioning it most. */
    @Query(value = """
            select new org.newsbrowser.entity.EntityArticle(a.id, a.title, a.source, a.publishedAt, ap.mentionCount,
                                                            ap.prominent)
            from Appearance ap join ap.article a where ap.entity.id = :entityId
            order by ap.prominent desc, ap.mentionCount desc, ap.firstOffset, a.id""",
            countQuery = "select count(ap) from Appearance ap where ap.entity.id = :entityId")
    Page<EntityArticle> findArticles(Long entityId, Pageable pageable);

    /** The raw material of an entity's snippets: the text window around its first mention in each article. */
    @Query("""
            select m.article.id, m.begin, m.end,
                   case when m.begin > 140 then m.begin - 140 else 0 end,
                   substring(m.article.body, case when m.begin > 140 then m.begin - 139 else 1 end,
                             m.end - m.begin + 280)
            from Mention m
            where m.entity.id = :entityId and m.article.id in :articleIds
              and m.begin = (select ap.firstOffset from Appearance ap
                             where ap.article = m.article and ap.entity = m.entity)""")
    List<Object[]> findFirstMentionWindows(Long entityId, Collection<Long> articleIds);

    /**
     * Appearances of given types in given articles, with their entities: those the article is about (prominent)
     * first, then the most mentioned.
     */
    @Query("""
            select ap from Appearance ap join fetch ap.entity e
            where ap.article.id in :articleIds and e.type in :types
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

    @Modifying
    @Query("delete from Appearance ap where ap.article.id = :articleId")
    void deleteByArticle(Long articleId);
}
