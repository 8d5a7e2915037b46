package org.newsbrowser.relation;

import java.time.Instant;

/** An article naming both entities of a relationship. */
public record RelationArticle(Long id, String title, Instant publishedAt) {
}
