package org.newsbrowser.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsbrowser.Browser;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The timeline in a real (headless) Chromium over a small corpus of invented stories whose datelines fall on six
 * days of March 2021: the bars are drawn, clicking one narrows the list to its day, and dragging across several
 * (brushing, {@code js/timeline.js}) narrows it to their range; each narrowed list is checked against its dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineBrowsingIT {

    private static final Path CORPUS = Browser.newFolder("timeline-corpus");
    private static final Path DATA = Browser.newFolder("timeline-data");
    private static final int[] DAYS = {1, 2, 2, 5, 9, 20};

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", DATA::toString);
        registry.add("newsbrowser.corpus-dir", CORPUS::toString);
    }

    @BeforeAll
    static void writeCorpus() throws IOException {
        for (int i = 0; i < DAYS.length; i++) {
            Files.writeString(CORPUS.resolve("story-" + i + ".txt"), """
                    Talks in Geneva, round %d

                    GENEVA, March %d, 2021 - German Chancellor Olaf Scholz met French President Emmanuel Macron \
                    for talks on %s prices, the %d round this month. "We made progress on every point today," \
                    Scholz said after the meeting.
                    """.formatted(i + 1, DAYS[i], i % 2 == 0 ? "gas" : "energy", i + 1));
        }
    }

    @BeforeEach
    void everyStoryIngested(@Autowired IngestProgress ingest) {
        assertThat(ingest.ingestedCount() + ingest.skippedCount()).isEqualTo(DAYS.length);
    }

    @Test
    void timelineShowsADayPerBarAndClickingOneListsThatDay() {
        browser.open("/");
        List<WebElement> bars = bars();
        assertThat(bars).as("one bar per day from March 1 to 20").hasSize(20);
        assertThat(bars.stream().filter(bar -> filledHeight(bar) > 0)).as("days with stories").hasSize(5);
        browser.screenshot("timeline-list");

        WebElement march2 = bar("2021-03-02");
        assertThat(march2.findElement(By.tagName("title")).getAttribute("textContent")).contains("2 articles");
        new Actions(browser.driver()).moveToElement(march2).click().perform();
        browser.until(ExpectedConditions.urlContains("from=2021-03-02"));
        assertThat(browser.currentUrl()).contains("to=2021-03-02");
        assertListDatedWithin(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 2), 2);
        assertThat(bars()).as("the timeline zooms in on the chosen day").hasSize(1);
        browser.assertNoConsoleErrors();
    }

    @Test
    void draggingAcrossBarsNarrowsTheListToTheirRange() {
        browser.open("/");
        new Actions(browser.driver()).moveToElement(bar("2021-03-01")).clickAndHold()
                .moveToElement(bar("2021-03-03")).moveToElement(bar("2021-03-05")).release().perform();
        browser.until(ExpectedConditions.urlContains("from=2021-03-01"));
        assertThat(browser.currentUrl()).contains("to=2021-03-05");
        assertListDatedWithin(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), 4);
        assertThat(browser.findAll(By.cssSelector(".active-filters .chip-dates"))).hasSize(1);
        assertThat(bars()).as("the timeline zooms in on the chosen days").hasSize(5);
        browser.screenshot("timeline-brushed");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aSearchHasATimelineOfItsResultsAndBrushingItKeepsTheSearch() {
        browser.open("/?q=gas");
        List<WebElement> bars = bars();
        assertThat(bars).as("one bar per day from March 1 to 9, the stories on gas").hasSize(9);
        assertThat(bars.stream().filter(bar -> filledHeight(bar) > 0)).as("days with stories on gas").hasSize(3);
        assertThat(browser.find(By.cssSelector("figure.timeline figcaption")).getText())
                .contains("Search results over time", "3 dated articles");
        browser.screenshot("timeline-search");

        new Actions(browser.driver()).moveToElement(bar("2021-03-01")).clickAndHold()
                .moveToElement(bar("2021-03-02")).release().perform();
        browser.until(ExpectedConditions.urlContains("from=2021-03-01"));
        assertThat(browser.currentUrl()).contains("q=gas", "to=2021-03-02");
        assertListDatedWithin(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), 2);
        browser.assertNoConsoleErrors();
    }

    @Test
    void personPageHasATimelineLinkingToTheirArticlesOnADay() {
        browser.open("/people");
        browser.find(By.linkText("Olaf Scholz")).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline-chart")));
        assertThat(bar("2021-03-09").getAttribute("href")).contains("person=", "from=2021-03-09", "to=2021-03-09");
        assertThat(browser.findAll(By.cssSelector(".person-quotes blockquote"))).as("Scholz's quotes")
                .hasSize(DAYS.length);
    }

    /** Every row of the list is dated within the range, and there are as many as the bars counted. */
    private void assertListDatedWithin(LocalDate from, LocalDate to, int expected) {
        List<WebElement> dates = browser.findAll(By.cssSelector(".article-list .article-row time"));
        assertThat(dates).hasSize(expected);
        for (WebElement date : dates) {
            LocalDate day = LocalDate.parse(date.getAttribute("datetime").substring(0, 10));
            assertThat(day).isBetween(from, to);
        }
    }

    private static List<WebElement> bars() {
        return browser.findAll(By.cssSelector("svg.timeline-chart a.bar"));
    }

    private static WebElement bar(String day) {
        return browser.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg.timeline-chart a.bar[data-from='" + day + "']")));
    }

    private static double filledHeight(WebElement bar) {
        return Double.parseDouble(bar.findElement(By.cssSelector("rect.fill")).getAttribute("height"));
    }
}
