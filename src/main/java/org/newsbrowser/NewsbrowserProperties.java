package org.newsbrowser;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code newsbrowser.*}; like every Spring property they can be given as environment variables
 * ({@code NEWSBROWSER_CORPUS_DIR}) or command-line arguments ({@code --newsbrowser.corpus-dir=...}).
 *
 * @param corpusDir   the folder of article files ingested at start-up
 * @param dataDir     where this instance keeps its database; an empty folder gives a fresh instance
 * @param ingestOnStartup whether to ingest the corpus folder when the app starts
 */
@ConfigurationProperties("newsbrowser")
public record NewsbrowserProperties(@DefaultValue("./seeds") Path corpusDir,
                                    @DefaultValue("./data") Path dataDir,
                                    @DefaultValue("true") boolean ingestOnStartup) {
}
