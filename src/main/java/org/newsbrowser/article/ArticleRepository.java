package org.newsbrowser.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Articles, and the filtered lists and relations the pages show (see {@link FilteredArticles}). */
public interface ArticleRepository extends JpaRepository<Article, Long>, FilteredArticles {

    Optional<Article> findBySource(String source);

    /** The list rows of the given articles, in no particular order (a search orders them). */
    @Query("select new org.newsbrowser.article.ArticleRow(a.id, a.title, a.lead, a.source, a.publishedAt)"
            + " from Article a where a.id in :ids")
    List<ArticleRow> findRowsByIdIn(Collection<Long> ids);

    /** The list rows of the given articles with their text, in no particular order: a search's hits. */
    @Query("select new org.newsbrowser.article.ArticleRowWithBody(a.id, a.title, a.lead, a.source, a.publishedAt,"
            + " a.body) from Article a where a.id in :ids")
    List<ArticleRowWithBody> findRowsWithBodyByIdIn(Collection<Long> ids);

    /** The content hashes these files were ingested with, for those that have an article. */
    @Query("select new org.newsbrowser.article.StoredContent(a.source, a.contentHash) from Article a"
            + " where a.source in :sources")
    List<StoredContent> findStoredContents(Collection<String> sources);

    /** Which of these content hashes some article has. */
    @Query("select distinct a.contentHash from Article a where a.contentHash in :contentHashes")
    List<String> findContentHashesIn(Collection<String> contentHashes);

    /** The other files, by name, whose article has exactly this content. */
    @Query("select a.source from Article a where a.contentHash = :contentHash and a.source <> :source"
            + " order by a.source")
    List<String> findSourcesWithContent(String contentHash, String source, Limit limit);

    /**
     * The articles sharing most entities with the given one: article id and number of shared entities, topics
     * included, hidden entities not, best first.
     */
    @Query("""
            select other.article.id, count(other) from Appearance mine
            join Appearance other on other.entity = mine.entity and other.article <> mine.article
            where mine.article.id = :articleId and mine.entity.hidden = false
            group by other.article.id order by count(other) desc, other.article.id""")
    List<Object[]> findRelated(Long articleId, Limit limit);

    /**
     * For the given articles, the entities each shares with the given one: [articleId, title, entity], those the
     * other article mentions most first, then in the order it names them. The order is total, so every database
     * shows the same shared entities when a page shows only the first few.
     */
    @Query("""
            select other.article.id, other.article.title, other.entity from Appearance other
            where other.article.id in :relatedIds and other.entity.hidden = false
              and other.entity in (select mine.entity from Appearance mine where mine.article.id = :articleId)
            order by other.mentionCount desc, other.firstOffset, other.entity.id""")
    List<Object[]> findShared(Long articleId, Collection<Long> relatedIds);
}
