package org.newsbrowser.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One news article as ingested from a file: the cleaned text readers see and extraction ran on, and the raw text
 * it came from. Mentions and appearances point here; they are loaded by queries, not through collections.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The file the article came from, relative to the corpus folder. */
    @Column(nullable = false, unique = true, length = 1024)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 1000)
    private String lead;

    @Column(nullable = false)
    private String body;

    @Column(name = "raw_text", nullable = false)
    private String rawText;

    @Column(length = 500)
    private String byline;

    @Column(length = 2048)
    private String url;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_source", nullable = false, length = 16)
    private DateSource dateSource = DateSource.NONE;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    protected Article() {
    }

    public Article(String source) {
        this.source = source;
    }

    /** Replaces everything read from the file, keeping the id so that links to the article stay valid. */
    public void update(String contentHash, ArticleContent content, Instant ingestedAt) {
        this.contentHash = contentHash;
        this.title = content.title();
        this.lead = content.lead();
        this.body = content.text();
        this.rawText = content.rawText();
        this.byline = content.byline();
        this.url = content.url();
        this.publishedAt = content.publishedAt();
        this.dateSource = content.publishedAt() == null ? DateSource.NONE : DateSource.METADATA;
        this.ingestedAt = ingestedAt;
    }

    /** Dates an article whose file carried no date, from its text; a metadata date is kept. */
    public void dateFromText(Instant date, DateSource source) {
        if (dateSource == DateSource.NONE && date != null) {
            this.publishedAt = date;
            this.dateSource = source;
        }
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public String getRawText() {
        return rawText;
    }

    public String getByline() {
        return byline;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public DateSource getDateSource() {
        return dateSource;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }
}
