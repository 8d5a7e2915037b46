/**
 * Full-text search over the articles: the query syntax ({@link org.newsbrowser.search.SearchQuery}), the index
 * mapping helpers and analyzers (Lucene embedded by default, Elasticsearch/OpenSearch by configuration), the search
 * itself with highlights and facet counts ({@link org.newsbrowser.search.ArticleSearch}), and the start-up check that
 * rebuilds an index that does not match the database.
 */
package org.newsbrowser.search;
