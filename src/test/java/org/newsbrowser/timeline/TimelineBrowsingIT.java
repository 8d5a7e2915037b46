package org.newsbrowser.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.HeadlessChromium;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The timeline in a real (headless) Chromium over a small corpus of invented stories whose datelines fall on six
 * days of March 2021: the bars are drawn, clicking one narrows the list to its day, and dragging across several
 * (brushing, {@code js/timeline.js}) narrows it to their range; each narrowed list is checked against its dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineBrowsingIT {

    private static final Path CORPUS = tempDir("timeline-corpus");
    private static final Path DATA = tempDir("timeline-data");
    private static final int[] DAYS = {1, 2, 2, 5, 9, 20};

    private static WebDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    IngestProgress ingest;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", DATA::toString);
        registry.add("newsbrowser.corpus-dir", CORPUS::toString);
    }

    @BeforeAll
    static void corpusAndBrowser() throws IOException {
        for (int i = 0; i < DAYS.length; i++) {
            Files.writeString(CORPUS.resolve("story-" + i + ".txt"), """
                    Talks in Geneva, round %d

                    GENEVA, March %d, 2021 - German Chancellor Olaf Scholz met French President Emmanuel Macron \
                    for talks on %s prices, the %d round this month. "We made progress on every point today," \
                    Scholz said after the meeting.
                    """.formatted(i + 1, DAYS[i], i % 2 == 0 ? "gas" : "energy", i + 1));
        }
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
        assertThat(ingest.ingestedCount() + ingest.skippedCount()).isEqualTo(DAYS.length);
    }

    @Test
    void timelineShowsADayPerBarAndClickingOneListsThatDay() {
        open("/");
        List<WebElement> bars = bars();
        assertThat(bars).as("one bar per day from March 1 to 20").hasSize(20);
        assertThat(bars.stream().filter(bar -> filledHeight(bar) > 0)).as("days with stories").hasSize(5);
        screenshot("timeline-list");

        WebElement march2 = bar("2021-03-02");
        assertThat(march2.findElement(By.tagName("title")).getAttribute("textContent")).contains("2 articles");
        new Actions(driver).moveToElement(march2).click().perform();
        wait.until(ExpectedConditions.urlContains("from=2021-03-02"));
        assertThat(driver.getCurrentUrl()).contains("to=2021-03-02");
        assertListDatedWithin(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 2), 2);
        assertThat(bars()).as("the timeline zooms in on the chosen day").hasSize(1);
        assertNoConsoleErrors();
    }

    @Test
    void draggingAcrossBarsNarrowsTheListToTheirRange() {
        open("/");
        new Actions(driver).moveToElement(bar("2021-03-01")).clickAndHold()
                .moveToElement(bar("2021-03-03")).moveToElement(bar("2021-03-05")).release().perform();
        wait.until(ExpectedConditions.urlContains("from=2021-03-01"));
        assertThat(driver.getCurrentUrl()).contains("to=2021-03-05");
        assertListDatedWithin(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), 4);
        assertThat(driver.findElements(By.cssSelector(".active-filters .chip-dates"))).hasSize(1);
        assertThat(bars()).as("the timeline zooms in on the chosen days").hasSize(5);
        screenshot("timeline-brushed");
        assertNoConsoleErrors();
    }

    @Test
    void aSearchHasATimelineOfItsResultsAndBrushingItKeepsTheSearch() {
        open("/?q=gas");
        List<WebElement> bars = bars();
        assertThat(bars).as("one bar per day from March 1 to 9, the stories on gas").hasSize(9);
        assertThat(bars.stream().filter(bar -> filledHeight(bar) > 0)).as("days with stories on gas").hasSize(3);
        assertThat(driver.findElement(By.cssSelector("figure.timeline figcaption")).getText())
                .contains("Search results over time", "3 dated articles");
        screenshot("timeline-search");

        new Actions(driver).moveToElement(bar("2021-03-01")).clickAndHold()
                .moveToElement(bar("2021-03-02")).release().perform();
        wait.until(ExpectedConditions.urlContains("from=2021-03-01"));
        assertThat(driver.getCurrentUrl()).contains("q=gas", "to=2021-03-02");
        assertListDatedWithin(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), 2);
        assertNoConsoleErrors();
    }

    @Test
    void personPageHasATimelineLinkingToTheirArticlesOnADay() {
        open("/people");
        driver.findElement(By.linkText("Olaf Scholz")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline-chart")));
        assertThat(bar("2021-03-09").getAttribute("href")).contains("person=", "from=2021-03-09", "to=2021-03-09");
        assertThat(driver.findElements(By.cssSelector(".person-quotes blockquote"))).as("Scholz's quotes")
                .hasSize(DAYS.length);
    }

    /** Every row of the list is dated within the range, and there are as many as the bars counted. */
    private void assertListDatedWithin(LocalDate from, LocalDate to, int expected) {
        List<WebElement> dates = driver.findElements(By.cssSelector(".article-list .article-row time"));
        assertThat(dates).hasSize(expected);
        for (WebElement date : dates) {
            LocalDate day = LocalDate.parse(date.getAttribute("datetime").substring(0, 10));
            assertThat(day).isBetween(from, to);
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#content")));
    }

    private static List<WebElement> bars() {
        return driver.findElements(By.cssSelector("svg.timeline-chart a.bar"));
    }

    private static WebElement bar(String day) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg.timeline-chart a.bar[data-from='" + day + "']")));
    }

    private static double filledHeight(WebElement bar) {
        return Double.parseDouble(bar.findElement(By.cssSelector("rect.fill")).getAttribute("height"));
    }

    private static void assertNoConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("browser console errors on %s", driver.getCurrentUrl()).isEmpty();
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    /** Under {@code target/}, absolute, as H2 refuses implicitly relative paths. */
    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
