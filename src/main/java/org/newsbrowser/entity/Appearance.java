package org.newsbrowser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.newsbrowser.article.Article;

/**
 * That an entity appears in an article, with how often and how early: the mentions summed per article, written
 * once at ingest so that filters, counts and co-mentions read one small row per pair instead of every mention.
 */
@Entity
@Table(name = "appearance")
public class Appearance {

    @EmbeddedId
    private Key key;

    @MapsId("articleId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @MapsId("entityId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    private NamedEntity entity;

    @Column(name = "mention_count", nullable = false)
    private int mentionCount;

    @Column(name = "first_offset", nullable = false)
    private int firstOffset;

    /** The article is about the entity: it names it in its lead or dateline, or often (see {@code Prominence}). */
    @Column(name = "prominent", nullable = false)
    private boolean prominent;

    /** Named in the article's headline: part of the {@link Aboutness} score. */
    @Column(name = "in_headline", nullable = false)
    private boolean inHeadline;

    /** Named in the article's lead (see {@code Prominence.leadEnd}): part of the {@link Aboutness} score. */
    @Column(name = "in_lead", nullable = false)
    private boolean inLead;

    /** The length of the article's text, which the {@link Aboutness} score normalises the mention count by. */
    @Column(name = "text_length", nullable = false)
    private int textLength;

    /** The {@link Aboutness} score, kept with the figures it is computed from. */
    @Column(name = "aboutness", nullable = false)
    private double aboutness;

    protected Appearance() {
    }

    public Appearance(Article article, NamedEntity entity, int mentionCount, int firstOffset) {
        this(article, entity, mentionCount, firstOffset, false);
    }

    public Appearance(Article article, NamedEntity entity, int mentionCount, int firstOffset, boolean prominent) {
        this(article, entity, mentionCount, firstOffset, prominent, new Placement(false, false,
                article.getBody() == null ? 0 : article.getBody().length()));
    }

    public Appearance(Article article, NamedEntity entity, int mentionCount, int firstOffset, boolean prominent,
                      Placement placement) {
        this.prominent = prominent;
        this.key = new Key(article.getId(), entity.getId());
        this.article = article;
        this.entity = entity;
        this.mentionCount = mentionCount;
        this.firstOffset = firstOffset;
        this.inHeadline = placement.inHeadline();
        this.inLead = placement.inLead();
        this.textLength = placement.textLength();
        this.aboutness = scoreAboutness();
    }

    /**
     * Takes over the counts of an appearance of a duplicate entity being merged into this one: mentions summed, the
     * earlier first mention, and named in the headline or lead, or prominent, when either was.
     */
    public void absorb(Appearance duplicate) {
        mentionCount += duplicate.mentionCount;
        firstOffset = Math.min(firstOffset, duplicate.firstOffset);
        prominent |= duplicate.prominent;
        inHeadline |= duplicate.inHeadline;
        inLead |= duplicate.inLead;
        aboutness = scoreAboutness();
    }

    private double scoreAboutness() {
        return Aboutness.score(inHeadline, inLead, mentionCount, textLength);
    }

    /** The same appearance for another entity, as when the entity it was for is merged into that one. */
    public Appearance movedTo(NamedEntity other) {
        return new Appearance(article, other, mentionCount, firstOffset, prominent,
                new Placement(inHeadline, inLead, textLength));
    }

    public Article getArticle() {
        return article;
    }

    public NamedEntity getEntity() {
        return entity;
    }

    public int getMentionCount() {
        return mentionCount;
    }

    public int getFirstOffset() {
        return firstOffset;
    }

    public boolean isProminent() {
        return prominent;
    }

    public boolean isInHeadline() {
        return inHeadline;
    }

    public boolean isInLead() {
        return inLead;
    }

    public int getTextLength() {
        return textLength;
    }

    /**
     * Where in the article the entity is named, and how long the article is: what the {@link Aboutness} score
     * needs beside the mention count.
     */
    public record Placement(boolean inHeadline, boolean inLead, int textLength) {
    }

    /** The composite primary key: one row per article and entity. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "article_id")
        private Long articleId;

        @Column(name = "entity_id")
        private Long entityId;

        protected Key() {
        }

        public Key(Long articleId, Long entityId) {
            this.articleId = articleId;
            this.entityId = entityId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.articleId.equals(articleId) && key.entityId.equals(entityId);
        }

        @Override
        public int hashCode() {
            return 31 * articleId.hashCode() + entityId.hashCode();
        }
    }
}
