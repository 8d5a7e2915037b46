package org.newsbrowser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Newsbrowser: ingests a folder of news articles, extracts who and what they mention, and serves pages to browse them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsbrowserApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsbrowserApplication.class, args);
    }
}
