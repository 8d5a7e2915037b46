package org.newsbrowser.extract;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;

/**
 * The extraction engines. They are lazy: the NER model takes seconds to load and the web server must answer at
 * once, so they load on the ingest thread when the first article arrives.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    CountryGazetteer countryGazetteer() {
        return CountryGazetteer.load();
    }

    @Bean
    @Lazy
    CityGazetteer cityGazetteer() {
        return CityGazetteer.load();
    }

    /** First: the country a dateline names ("LONDON", "TAVILDARA, Tajikistan"). */
    @Bean
    @Lazy
    @Order(0)
    DatelineExtractor datelineExtractor(CountryGazetteer countryGazetteer, CityGazetteer cityGazetteer) {
        return new DatelineExtractor(countryGazetteer, cityGazetteer);
    }

    /**
     * A pool of {@code newsbrowser.ingest.pipelines} CoreNLP pipelines, one per available processor by default
     * (0): the ingest analyzes one article per thread.
     */
    @Bean
    @Lazy
    CoreNlpNer coreNlpNer(@Value("${newsbrowser.ingest.pipelines:0}") int pipelines) {
        return new CoreNlpNer(CoreNlpNer.MODEL, pipelines > 0 ? pipelines : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    @Lazy
    @Order(1)
    NewsEntityExtractor newsEntityExtractor(CoreNlpNer ner, CountryGazetteer countryGazetteer,
            DatelineExtractor datelineExtractor) {
        return new NewsEntityExtractor(ner, countryGazetteer, datelineExtractor);
    }

    @Bean
    @Lazy
    @Order(2)
    TopicExtractor topicExtractor() {
        return new TopicExtractor();
    }
}
