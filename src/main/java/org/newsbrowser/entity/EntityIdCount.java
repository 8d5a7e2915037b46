package org.newsbrowser.entity;

/**
 * An entity's id with the number of articles counted for it, before the entity itself is read: counting over the
 * appearances alone, without joining each to its entity, is what keeps counts over tens of thousands of articles
 * fast. {@link TopEntities} then reads the few entities to show.
 */
public record EntityIdCount(Long id, long articles) {
}
