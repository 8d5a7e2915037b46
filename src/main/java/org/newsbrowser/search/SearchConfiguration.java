package org.newsbrowser.search;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Checks the embedded index's mapping version before Hibernate Search, started with JPA, opens the index. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchIndexVersion searchIndexVersion(Environment environment) {
        SearchIndexVersion version = SearchIndexVersion.of(environment);
        version.deleteIndexIfOutdated();
        return version;
    }

    /** Makes the entity manager factory, and so Hibernate Search, wait for the check above. */
    @Bean
    static EntityManagerFactoryDependsOnPostProcessor searchIndexCheckedBeforeJpa() {
        return new EntityManagerFactoryDependsOnPostProcessor("searchIndexVersion");
    }
}
