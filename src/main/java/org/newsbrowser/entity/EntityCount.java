package org.newsbrowser.entity;

/** An entity with the number of articles counted for it in some context (the corpus, a filter, a co-mention). */
public record EntityCount(NamedEntity entity, long articles) {
}
