package org.newsbrowser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The article analyzers for the embedded Lucene backend; {@link ElasticsearchAnalysis} defines the same ones. The
 * highlighter ({@link TextHighlighter}) analyses the hits' text with the same definitions, whatever the backend.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.PLAIN).instance(analyzer(SearchFields.PLAIN));
        context.analyzer(SearchFields.ENGLISH).instance(analyzer(SearchFields.ENGLISH));
    }

    /**
     * A new analyzer of the given name ({@link SearchFields#PLAIN} or {@link SearchFields#ENGLISH}): standard
     * tokenizer, possessive 's removed, lower case, accents folded; the English one adds Porter stemming.
     */
    static Analyzer analyzer(String name) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class);
            return switch (name) {
                case SearchFields.PLAIN -> builder.build();
                case SearchFields.ENGLISH -> builder.addTokenFilter(PorterStemFilterFactory.class).build();
                default -> throw new IllegalArgumentException("No analyzer named " + name);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the analyzer " + name, e);
        }
    }
}
