package org.newsbrowser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the headless Chromium that the browser tests ({@code *IT}) drive, at 1280 × 900, with its console readable.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages {@code chromium} and
 * {@code chromium-driver}); without them a test fails rather than skips, since CI installs them.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static WebDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("This test drives a real browser and needs %s and %s (Debian packages chromium and "
                    + "chromium-driver); install them, e.g. apt-get install chromium chromium-driver", CHROMIUM,
                    CHROMEDRIVER);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // Both the driver and the browser are given, so Selenium Manager (which cannot download here) is not run.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
