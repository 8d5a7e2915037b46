package org.newsbrowser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Starts Debian's headless Chromium under its chromedriver for the real-browser tests, with the browser console
 * readable. Fails (rather than skips) when either is missing, since CI installs them.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

    /** Closes the browser, if it was started (a failed start leaves none). */
    public static void quit(WebDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Waits, polling, until the app's ingest is done, failing after {@code timeout}. */
    public static void awaitIngestDone(IngestProgress ingest, Duration timeout) {
        new FluentWait<>(ingest).withTimeout(timeout).pollingEvery(Duration.ofMillis(250))
                .withMessage("the ingest to finish")
                .until(progress -> progress.state() == IngestProgress.State.DONE);
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
