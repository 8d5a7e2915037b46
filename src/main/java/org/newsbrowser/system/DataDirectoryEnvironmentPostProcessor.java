package org.newsbrowser.system;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Publishes {@code newsbrowser.data-dir} as an absolute path, {@code newsbrowser.data-path}, for the database URL:
 * H2 refuses relative paths that do not start with "./", and a user may well write {@code NEWSBROWSER_DATA_DIR=data}.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("newsbrowser.data-dir", "./data");
        String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
        environment.getPropertySources()
                .addLast(new MapPropertySource("newsbrowserDataPath", Map.of("newsbrowser.data-path", absolute)));
    }
}
