package org.newsbrowser.relation;

import java.util.Collection;
import java.util.List;
import org.newsbrowser.article.Article;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.timeline.DayCount;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The articles two entities share, their texts and mentions, and their dates. */
interface RelationRepository extends Repository<Article, Long> {

    String BOTH = """
            exists (select 1 from Appearance x where x.article = a and x.entity.id = :a)
            and exists (select 1 from Appearance y where y.article = a and y.entity.id = :b)""";

    /** The shared articles, newest first (undated last, by title). */
    @Query(value = "select new org.newsbrowser.relation.RelationArticle(a.id, a.title, a.publishedAt) from Article a"
            + " where " + BOTH + " order by a.publishedAt desc nulls last, a.title, a.id",
            countQuery = "select count(a) from Article a where " + BOTH)
    Page<RelationArticle> findShared(Long a, Long b, Pageable pageable);

    /** The earliest dated shared article. */
    @Query("select new org.newsbrowser.relation.RelationArticle(a.id, a.title, a.publishedAt) from Article a"
            + " where " + BOTH + " and a.publishedAt is not null order by a.publishedAt, a.id")
    List<RelationArticle> findFirst(Long a, Long b, Limit limit);

    /** The latest dated shared article. */
    @Query("select new org.newsbrowser.relation.RelationArticle(a.id, a.title, a.publishedAt) from Article a"
            + " where " + BOTH + " and a.publishedAt is not null order by a.publishedAt desc, a.id desc")
    List<RelationArticle> findLast(Long a, Long b, Limit limit);

    /** [article id, cleaned text] of the given articles. */
    @Query("select a.id, a.body from Article a where a.id in :ids")
    List<Object[]> findBodies(Collection<Long> ids);

    /** The mentions of either entity in the given articles, with their entities, in text order per article. */
    @Query("""
            select m from Mention m join fetch m.entity
            where m.article.id in :ids and m.entity.id in (:a, :b) order by m.article.id, m.begin""")
    List<Mention> findMentions(Collection<Long> ids, Long a, Long b);

    /** Dated shared articles per day (UTC), in day order. */
    @Query("select new org.newsbrowser.timeline.DayCount(cast(a.publishedAt as LocalDate), count(a), 0) from Article a"
            + " where " + BOTH + " and a.publishedAt is not null"
            + " group by cast(a.publishedAt as LocalDate) order by cast(a.publishedAt as LocalDate)")
    List<DayCount> countByDay(Long a, Long b);
}
