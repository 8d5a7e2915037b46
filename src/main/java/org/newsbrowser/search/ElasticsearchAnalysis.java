package org.newsbrowser.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The article analyzers for an Elasticsearch or OpenSearch backend, built from the cluster's own components to do
 * what {@link LuceneAnalysis} does, so the two backends find the same articles.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("news_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchFields.PLAIN).custom()
                .tokenizer("standard")
                .tokenFilters("news_possessive", "lowercase", "asciifolding");
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("news_possessive", "lowercase", "asciifolding", "porter_stem");
    }
}
