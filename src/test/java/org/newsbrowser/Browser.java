package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium under its chromedriver, used by the tests of what a person sees in a real browser.
 * Registered as {@code @RegisterExtension static final Browser browser = new Browser();} in a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test, it starts the browser once for the class, waits before
 * each test until the app's ingest is done (with the window back at desktop size), and opens the app's pages and acts
 * on them as a reader would. Fails rather than skips when the browser or its driver is missing, since CI installs
 * them.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A cold start ingests the seeds with CoreNLP's models loading first; a shared two-core machine is slow. */
    private static final Duration INGEST_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration WAIT_TIMEOUT = Duration.ofSeconds(15);

    private WebDriver driver;
    private WebDriverWait wait;
    private String appUrl;
    /** Whether this driver hands out the browser console; checks on it are skipped when not. */
    private boolean consoleReadable = true;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = startChromium();
        wait = new WebDriverWait(driver, WAIT_TIMEOUT);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        appUrl = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
        new FluentWait<>(app.getBean(IngestProgress.class)).withTimeout(INGEST_TIMEOUT)
                .pollingEvery(Duration.ofMillis(250)).withMessage("the ingest to finish")
                .until(progress -> progress.state() == IngestProgress.State.DONE);
        resize(DESKTOP);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The app's address for a path, such as {@code /people}. */
    public String url(String path) {
        return appUrl + path;
    }

    /** Waits for the condition, failing after a while; returns what it found. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Opens a page of the app and waits for its content. */
    public void open(String path) {
        driver.get(url(path));
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#content")));
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Clicks the element once it is scrolled into view and clickable, as a person would. */
    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** The text of the element once it is visible. */
    public String text(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    public List<String> texts(By locator) {
        return textsOf(driver.findElements(locator));
    }

    public static List<String> textsOf(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fails, naming the elements sticking out, if the page is wider than the window. */
    public void assertNoSidewaysScroll(String page) {
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            Object widest = js("""
                    const limit = window.innerWidth;
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > limit)
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                            + ' right=' + Math.round(e.getBoundingClientRect().right))
                        .join(', ');
                    """);
            fail("%s scrolls sideways at %d px: content is %d px wide; overflowing: %s",
                    page, innerWidth, scrollWidth, widest);
        }
    }

    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("browser console errors on %s", driver.getCurrentUrl()).isEmpty();
    }

    /** Severe console entries since last asked; none if this driver cannot read the console. */
    public List<String> consoleErrors() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
        } catch (WebDriverException | UnsupportedOperationException e) {
            consoleReadable = false;
            return List.of();
        }
    }

    public boolean isConsoleReadable() {
        return consoleReadable;
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}, for a person to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new empty folder under {@code target/} ({@code mvn clean} removes it), absolute, as H2 refuses implicitly
     * relative paths: for a browser test's own data or corpus.
     */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver startChromium() {
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
        WebDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return started;
    }
}
