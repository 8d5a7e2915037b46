package org.newsbrowser.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.newsbrowser.article.Article;
import org.newsbrowser.entity.NamedEntity;

/** Words an article quotes a person as saying, with where they stand in its cleaned text and the cue naming them. */
@Entity
@Table(name = "quote")
public class Quote {

    /** The longest quote text stored; the offsets still cover the whole quote. */
    static final int MAX_TEXT = 2000;

    // Ids in blocks of 50 from a sequence, so that inserts go in JDBC batches (db.migration.V8__SequenceIds).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private NamedEntity person;

    @Column(name = "begin_offset", nullable = false)
    private int begin;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false, length = 64)
    private String cue;

    protected Quote() {
    }

    public Quote(Article article, NamedEntity person, int begin, int end, String text, String cue) {
        this.article = article;
        this.person = person;
        this.begin = begin;
        this.end = end;
        this.text = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        this.cue = cue.length() <= 64 ? cue : cue.substring(0, 64);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public NamedEntity getPerson() {
        return person;
    }

    /** Gives the quote to another person, as when undoing a merge gives a person back their words. */
    public void attributeTo(NamedEntity speaker) {
        this.person = speaker;
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

    public String getCue() {
        return cue;
    }
}
