package org.newsbrowser.timeline;

import java.util.List;
import org.newsbrowser.article.Article;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Per-day counts behind entity timelines (the article list's come from {@code FilteredArticles}). */
public interface TimelineRepository extends Repository<Article, Long> {

    /** The dated articles mentioning the entity, and its mentions in them, per day (UTC), in day order. */
    @Query("""
            select new org.newsbrowser.timeline.DayCount(cast(a.publishedAt as LocalDate), count(ap),
                                                         sum(ap.mentionCount))
            from Appearance ap join ap.article a
            where ap.entity.id = :entityId and a.publishedAt is not null
            group by cast(a.publishedAt as LocalDate) order by cast(a.publishedAt as LocalDate)""")
    List<DayCount> countEntityByDay(Long entityId);
}
