package org.newsbrowser.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.search.ArticleEntitiesBinder;
import org.newsbrowser.search.SearchFields;
import org.newsbrowser.search.UtcDayBridge;
import org.springframework.data.domain.DomainEvents;

/**
 * One news article as ingested from a file: the cleaned text readers see and extraction ran on, and the raw text
 * it came from. Mentions and appearances point here; they are loaded by queries, not through collections (the one
 * collection, {@code appearances}, exists for the full-text index: see {@code org.newsbrowser.search}).
 */
@Entity
@Table(name = "article")
// The text apart from the row that lists, counts and filters read (V9__article_text_table.sql).
@SecondaryTable(name = "article_text", pkJoinColumns = @PrimaryKeyJoinColumn(name = "article_id"))
@Indexed(index = SearchFields.INDEX)
public class Article {

    // Ids in blocks of 50 from a sequence, so that inserts go in JDBC batches (db.migration.V8__SequenceIds).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GenericField(name = SearchFields.ID_SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    /** The file the article came from, relative to the corpus folder. */
    @Column(nullable = false, unique = true, length = 1024)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 500)
    @FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.PLAIN)
    @FullTextField(name = SearchFields.TITLE_ENGLISH, analyzer = SearchFields.ENGLISH)
    @KeywordField(name = SearchFields.TITLE_SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    private String title;

    @Column(nullable = false, length = 1000)
    private String lead;

    @Column(table = "article_text", nullable = false)
    @FullTextField(name = SearchFields.BODY, analyzer = SearchFields.PLAIN)
    @FullTextField(name = SearchFields.BODY_ENGLISH, analyzer = SearchFields.ENGLISH)
    private String body;

    @Column(table = "article_text", name = "raw_text", nullable = false)
    private String rawText;

    @Column(length = 500)
    private String byline;

    @Column(length = 2048)
    private String url;

    @Column(name = "published_at")
    @GenericField(name = SearchFields.PUBLISHED_AT, sortable = Sortable.YES)
    @GenericField(name = SearchFields.PUBLISHED_DAY, valueBridge = @ValueBridgeRef(type = UtcDayBridge.class),
            aggregable = Aggregable.YES, searchable = Searchable.NO)
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_source", nullable = false, length = 16)
    private DateSource dateSource = DateSource.NONE;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    /** The entities the article mentions, indexed for search filters and facets; the app reads them by queries. */
    @OneToMany(mappedBy = "article")
    @PropertyBinding(binder = @PropertyBinderRef(type = ArticleEntitiesBinder.class))
    private List<Appearance> appearances = new ArrayList<>();

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

    /**
     * Keeps this side of the article's appearances in step with the rows just written, as the search index reads
     * it when it indexes the article in the same transaction.
     */
    public void replaceAppearances(Collection<Appearance> current) {
        appearances.clear();
        appearances.addAll(current);
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

    /**
     * Published by the repository each time the article is saved or deleted, so corpus-wide counts are counted
     * again once the change commits.
     */
    @DomainEvents
    Collection<CorpusChanged> corpusChanged() {
        return List.of(CorpusChanged.whileIngesting());
    }
}
