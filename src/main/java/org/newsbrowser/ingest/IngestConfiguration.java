package org.newsbrowser.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest beans that are plain Java classes. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleFileReader articleFileReader() {
        return new ArticleFileReader();
    }

    @Bean
    ArticleSources articleSources(ArticleFileReader reader) {
        return new ArticleSources(reader);
    }
}
