package org.newsbrowser.eval;

import java.util.List;
import org.newsbrowser.extract.ArticleAnalyzer;
import org.newsbrowser.extract.CityGazetteer;
import org.newsbrowser.extract.CoreNlpNer;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.extract.DatelineExtractor;
import org.newsbrowser.extract.EntityExtractor;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.extract.NewsEntityExtractor;

/**
 * The app's people, organization and country extractors in the app's order ({@code ExtractionConfiguration}'s
 * {@code @Order}s, topics left out), merged as {@link ArticleAnalyzer} merges them: what the harness scores as "app".
 */
final class AppExtractors {

    private final List<EntityExtractor> ordered;

    AppExtractors(CoreNlpNer ner, CountryGazetteer countries) {
        DatelineExtractor datelines = new DatelineExtractor(countries, CityGazetteer.load());
        this.ordered = List.of(datelines, new NewsEntityExtractor(ner, countries, datelines));
    }

    List<ExtractedMention> extract(String text) {
        return ArticleAnalyzer.merge(ordered, text);
    }
}
