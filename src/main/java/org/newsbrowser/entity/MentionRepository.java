package org.newsbrowser.entity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Mentions: the evidence in an article's text for each entity it lists. */
public interface MentionRepository extends JpaRepository<Mention, Long> {

    /** An article's mentions in text order, with their entities. */
    @Query("select m from Mention m join fetch m.entity where m.article.id = :articleId order by m.begin")
    List<Mention> findByArticle(Long articleId);

    @Modifying
    @Query("update Mention m set m.entity = :into where m.entity = :from")
    void reassign(NamedEntity from, NamedEntity into);

    @Modifying
    @Query("delete from Mention m where m.article.id = :articleId")
    void deleteByArticle(Long articleId);
}
