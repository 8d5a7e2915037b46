package org.newsbrowser.quote;

import java.util.Collection;
import java.util.List;
import org.newsbrowser.entity.NamedEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Quotes by article (for marking who said what) and by person (for their page). */
public interface QuoteRepository extends JpaRepository<Quote, Long> {

    /** An article's quotes in text order, with their speakers; none of a hidden person's. */
    @Query("select q from Quote q join fetch q.person p where q.article.id = :articleId and p.hidden = false"
            + " order by q.begin")
    List<Quote> findByArticle(Long articleId);

    /** A person's quotes with their articles, newest articles first, in text order within an article. */
    @Query(value = """
            select new org.newsbrowser.quote.PersonQuote(q.id, a.id, a.title, a.publishedAt, q.begin, q.text, q.cue)
            from Quote q join q.article a where q.person.id = :personId
            order by a.publishedAt desc nulls last, a.title, a.id, q.begin""",
            countQuery = "select count(q) from Quote q where q.person.id = :personId")
    Page<PersonQuote> findByPerson(Long personId, Pageable pageable);

    @Modifying
    @Query("delete from Quote q where q.article.id = :articleId")
    void deleteByArticle(Long articleId);

    /** A person's quotes in the given articles, with their articles. */
    @Query("select q from Quote q join fetch q.article where q.person = :person and q.article.id in :articleIds")
    List<Quote> findByPersonInArticles(NamedEntity person, Collection<Long> articleIds);

    /** Gives a merged person's quotes to the person they were merged into. */
    @Modifying
    @Query("update Quote q set q.person = :into where q.person = :from")
    void reassign(NamedEntity from, NamedEntity into);
}
