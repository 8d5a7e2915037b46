package org.newsbrowser.entity;

import java.time.Instant;

/** An article as listed on an entity's page: how often it mentions the entity. */
public record EntityArticle(Long id, String title, String source, Instant publishedAt, int mentionCount) {
}
