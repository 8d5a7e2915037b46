/**
 * Articles: the {@link org.newsbrowser.article.Article} entity, the article list with its combinable entity filters
 * and facet counts, the page of one article with its highlighted mentions and related articles, and
 * {@code /api/articles}.
 */
package org.newsbrowser.article;
