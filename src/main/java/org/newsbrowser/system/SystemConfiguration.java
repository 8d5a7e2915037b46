package org.newsbrowser.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Application-wide beans that belong to no feature. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** The clock that stamps ingest times; a bean so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
