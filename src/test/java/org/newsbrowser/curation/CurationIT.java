package org.newsbrowser.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.HeadlessChromium;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A curator, in a real (headless) Chromium over the seeds, hides the least mentioned person from its page's curate
 * panel, sees it gone from the people index, and undoes that from the curation log; and the curation pages fit a
 * phone screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurationIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DATA_DIR = dataDir();

    private static WebDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    IngestProgress ingest;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", DATA_DIR::toString);
        registry.add("newsbrowser.corpus-dir", () -> "seeds");
    }

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    static void quitBrowser() {
        HeadlessChromium.quit(driver);
    }

    @BeforeEach
    void ingestIsDone() {
        HeadlessChromium.awaitIngestDone(ingest, Duration.ofSeconds(180));
    }

    @Test
    void aCuratorHidesAPersonThenUndoesItFromTheLog() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/people");
        List<WebElement> people = driver.findElements(By.cssSelector(".entity-index a.chip"));
        WebElement leastMentioned = people.get(people.size() - 1);
        String name = leastMentioned.getText();
        String page = leastMentioned.getDomAttribute("href");

        open(page);
        click(driver.findElement(By.cssSelector(".curate-panel summary")));
        screenshot("curate-panel-desktop");
        WebElement hideForm = driver.findElement(By.cssSelector(".curate-panel form[action$='/hide']"));
        hideForm.findElement(By.name("curator")).sendKeys("Selenium Sam");
        click(hideForm.findElement(By.cssSelector("button")));

        assertThat(text(By.cssSelector(".curation-hidden"))).contains("Hidden.");
        open("/people");
        assertThat(names()).doesNotContain(name);

        open("/curation/log");
        WebElement latest = driver.findElement(By.cssSelector(".curation-log > li"));
        assertThat(latest.findElement(By.cssSelector(".log-what")).getText().replaceAll("\\s+", " "))
                .contains("Selenium Sam hid " + name);
        latest.findElement(By.name("curator")).sendKeys("Selenium Sam");
        click(latest.findElement(By.cssSelector("button")));
        assertThat(text(By.cssSelector(".curation-log > li .undone-note"))).contains("undone by Selenium Sam");
        screenshot("curation-log-desktop");

        open("/people");
        assertThat(names()).contains(name);
        open(page);
        assertThat(driver.findElements(By.cssSelector(".curation-hidden"))).isEmpty();
    }

    @Test
    void curationPagesFitAPhoneScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/people");
        String person = driver.findElement(By.cssSelector(".entity-index a.chip")).getDomAttribute("href");
        for (String path : List.of("/curation", "/curation/log", person + "?curate")) {
            open(path);
            long overflow = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertThat(overflow).as("%s scrolls sideways on a phone", path).isLessThanOrEqualTo(0);
        }
        screenshot("curation-log-phone");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#content")));
    }

    private static List<String> names() {
        return driver.findElements(By.cssSelector(".entity-index a.chip")).stream().map(WebElement::getText).toList();
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "curation-it-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
