package org.newsbrowser;

import org.newsbrowser.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Newsbrowser: ingests a folder of news articles, extracts who and what they mention, and serves pages to browse them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsbrowserApplication {

    /** Serves the web app; {@code ingest PATH...} runs the bulk-ingest command instead ({@link IngestCommand}). */
    public static void main(String[] args) {
        if (IngestCommand.isCommand(args)) {
            System.exit(IngestCommand.run(args));
        }
        SpringApplication.run(NewsbrowserApplication.class, args);
    }
}
