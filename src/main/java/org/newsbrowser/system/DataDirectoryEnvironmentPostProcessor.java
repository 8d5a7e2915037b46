package org.newsbrowser.system;

import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Publishes {@code newsbrowser.data-dir} as an absolute path, {@code newsbrowser.data-path}, for the database URL:
 * H2 refuses relative paths that do not start with "./", and a user may well write {@code NEWSBROWSER_DATA_DIR=data}.
 *
 * <p>The path is worked out when it is read, not when this runs: property sources added after environment
 * post-processing (a test's {@code @DynamicPropertySource}) may still set {@code newsbrowser.data-dir}.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATA_PATH = "newsbrowser.data-path";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The source must not be the environment itself: Spring Boot would walk into it as nested property sources.
        environment.getPropertySources().addLast(new PropertySource<>("newsbrowserDataPath", DATA_PATH) {
            @Override
            public Object getProperty(String name) {
                if (!DATA_PATH.equals(name)) {
                    return null;
                }
                String dataDir = environment.getProperty("newsbrowser.data-dir", "./data");
                return Path.of(dataDir).toAbsolutePath().normalize().toString();
            }
        });
    }
}
