/**
 * What articles mention: people, organizations, countries and topics ({@link org.newsbrowser.entity.NamedEntity}
 * and its kinds), each {@link org.newsbrowser.entity.Mention} with its offsets, the per-article
 * {@link org.newsbrowser.entity.Appearance} rows that filters and counts read, and the entity pages, indexes and API.
 */
package org.newsbrowser.entity;
