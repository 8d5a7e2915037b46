package org.newsbrowser.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The article analyzers for the embedded Lucene backend; {@link ElasticsearchAnalysis} defines the same ones. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.PLAIN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
    }
}
