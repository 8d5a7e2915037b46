package org.newsbrowser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newsbrowser.article.Article;

/**
 * One place in an article's cleaned text that refers to an entity: the evidence for every entity a page lists.
 * Modelled as ICIJ Datashare models a named-entity mention: surface text, normalized text, offsets, extractor.
 */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    private NamedEntity entity;

    @Column(name = "begin_offset", nullable = false)
    private int begin;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false, length = 500)
    private String normalized;

    @Column(nullable = false, length = 32)
    private String extractor;

    protected Mention() {
    }

    public Mention(Article article, NamedEntity entity, int begin, int end, String text, String normalized,
                   String extractor) {
        this.article = article;
        this.entity = entity;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.normalized = normalized;
        this.extractor = extractor;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public NamedEntity getEntity() {
        return entity;
    }

    public int getBegin() {
        return begin;
    }

    public int getEnd() {
        return end;
    }

    public String getText() {
        return text;
    }

    public String getNormalized() {
        return normalized;
    }

    public String getExtractor() {
        return extractor;
    }
}
