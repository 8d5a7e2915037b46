/**
 * Full-text search over the articles: the query syntax ({@link org.newsbrowser.search.SearchQuery}), the index
 * mapping helpers and analyzers (Lucene embedded by default, Elasticsearch/OpenSearch by configuration), the search
 * itself with facet and per-day counts ({@link org.newsbrowser.search.ArticleSearch}), the hits' highlights
 * ({@link org.newsbrowser.search.TextHighlighter}), and the start-up
 * checks that rebuild an index that does not match the database or was built for an older mapping
 * ({@link org.newsbrowser.search.SearchIndexVersion}).
 */
package org.newsbrowser.search;
