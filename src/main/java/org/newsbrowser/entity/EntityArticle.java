package org.newsbrowser.entity;

import java.time.Instant;

/**
 * An article as listed on an entity's page: how often it mentions the entity, and how much it is about it (its
 * {@link Aboutness} score), which tells articles about the entity from those mentioning it in passing.
 */
public record EntityArticle(Long id, String title, String source, Instant publishedAt, int mentionCount,
                            boolean inHeadline, boolean inLead, double aboutness) {

    /** Whether the article is about the entity rather than mentioning it in passing. */
    public boolean about() {
        return Aboutness.isAbout(aboutness);
    }
}
