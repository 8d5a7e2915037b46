package org.newsbrowser.entity;

import java.time.Instant;

/**
 * An article as listed on an entity's page: how often it mentions the entity, and whether the entity is one of
 * its subjects (named in its lead or dateline, or often) rather than mentioned in passing.
 */
public record EntityArticle(Long id, String title, String source, Instant publishedAt, int mentionCount,
                            boolean prominent) {
}
