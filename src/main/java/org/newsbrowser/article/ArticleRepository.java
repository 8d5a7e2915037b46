package org.newsbrowser.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Articles, and the filtered lists and relations the pages show (see {@link FilteredArticles}). */
public interface ArticleRepository extends JpaRepository<Article, Long>, FilteredArticles {

    Optional<Article> findBySource(String source);

    @Query("select a.source from Article a")
    List<String> findAllSources();

    /** The first (by file name) other file whose article has exactly this content. */
    Optional<Article> findFirstByContentHashAndSourceNotOrderBySource(String contentHash, String source);

    /** Deletes a file's article; the database deletes its mentions and appearances with it. */
    @Modifying
    @Query("delete from Article a where a.source = :source")
    int deleteBySource(String source);

    /**
     * The articles sharing most entities with the given one: article id and number of shared entities, topics
     * included, best first.
     */
    @Query("""
            select other.article.id, count(other) from Appearance mine
            join Appearance other on other.entity = mine.entity and other.article <> mine.article
            where mine.article.id = :articleId
            group by other.article.id order by count(other) desc, other.article.id""")
    List<Object[]> findRelated(Long articleId, org.springframework.data.domain.Limit limit);

    /** For the given articles, the entities each shares with the given one: [articleId, title, entity]. */
    @Query("""
            select other.article.id, other.article.title, other.entity from Appearance other
            where other.article.id in :relatedIds
              and other.entity in (select mine.entity from Appearance mine where mine.article.id = :articleId)
            order by other.mentionCount desc""")
    List<Object[]> findShared(Long articleId, Collection<Long> relatedIds);
}
