package org.newsbrowser.entity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Mentions: the evidence in an article's text for each entity it lists. */
public interface MentionRepository extends JpaRepository<Mention, Long> {

    /** An article's mentions of entities not hidden, in text order, with their entities. */
    @Query("""
            select m from Mention m join fetch m.entity e where m.article.id = :articleId and e.hidden = false
            order by m.begin""")
    List<Mention> findByArticle(Long articleId);

    /** The mentions of the given entities in the given articles, with their entities, in text order. */
    @Query("""
            select m from Mention m join fetch m.entity
            where m.entity in :entities and m.article.id in :articleIds order by m.article.id, m.begin""")
    List<Mention> findByEntitiesInArticles(Collection<NamedEntity> entities, Collection<Long> articleIds);

    /** The distinct normalized texts of an entity's mentions: the names ingest resolved to it. */
    @Query("select distinct m.normalized from Mention m where m.entity = :entity")
    List<String> findNormalizedOf(NamedEntity entity);

    /** The articles in which the entity has a mention with one of the normalized texts. */
    @Query("select distinct m.article.id from Mention m where m.entity = :entity and m.normalized in :normalized")
    List<Long> findArticlesWithNormalized(NamedEntity entity, Collection<String> normalized);

    /** Moves the entity's mentions with one of the normalized texts to another entity. */
    @Modifying
    @Query("update Mention m set m.entity = :into where m.entity = :from and m.normalized in :normalized")
    int reassignNormalized(NamedEntity from, NamedEntity into, Collection<String> normalized);

    @Modifying
    @Query("update Mention m set m.entity = :into where m.entity = :from")
    void reassign(NamedEntity from, NamedEntity into);

    @Modifying
    @Query("delete from Mention m where m.article.id = :articleId")
    void deleteByArticle(Long articleId);
}
