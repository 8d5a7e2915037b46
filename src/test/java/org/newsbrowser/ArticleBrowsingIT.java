package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
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
 * Browses the five seed articles in a real (headless) Chromium, checking what a reader sees: the list and its filter
 * panel, filtering by a person and a country, following a highlighted mention to the person's page and back, the
 * phone layout, and that the content security policy keeps inline script out.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages {@code chromium} and
 * {@code chromium-driver}); without them the test fails rather than skips, since CI installs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleBrowsingIT {

    private static final Duration INGEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);

    /** A fresh, empty data folder, so the seeds are ingested from scratch into a new database. */
    private static final Path DATA_DIR = createDataDir();

    private static WebDriver driver;
    private static WebDriverWait wait;
    /** Whether this driver hands out the browser console; checks on it are skipped when not. */
    private static boolean consoleReadable = true;

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
        wait = new WebDriverWait(driver, PAGE_TIMEOUT);
    }

    @AfterAll
    static void quitBrowser() {
        HeadlessChromium.quit(driver);
    }

    @BeforeEach
    void ingestIsDone() {
        HeadlessChromium.awaitIngestDone(ingest, INGEST_TIMEOUT);
        assertThat(ingest.failedCount()).as("seed files that failed to ingest").isZero();
        assertThat(ingest.ingestedCount() + ingest.skippedCount()).as("seed files ingested").isEqualTo(5);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void readerFiltersByPersonAndCountryThenFollowsAMentionToThePersonAndBack() {
        // 1. The list: five articles, and Putin mentioned in all of them.
        open("/");
        List<WebElement> rows = articleRows();
        assertThat(rows).hasSize(5);
        for (WebElement row : rows) {
            WebElement title = row.findElement(By.cssSelector("h2 a"));
            assertThat(title.getText()).isNotBlank();
            assertThat(title.getDomProperty("href")).matches(".*/articles/\\d+");
        }
        WebElement putin = facetLink("People", "Vladimir Putin");
        assertThat(putin.findElement(By.cssSelector(".count")).getText()).isEqualTo("5");
        screenshot("list-desktop");
        assertNoConsoleErrors();

        // 2. Narrow the list to Erdogan, then to Finland, by clicking the filter panel's links.
        click(facetLink("People", "Recep Tayyip Erdogan"));
        wait.until(ExpectedConditions.urlContains("person="));
        click(facetLink("Countries", "Finland"));
        wait.until(ExpectedConditions.urlContains("country=FI"));
        assertThat(driver.getCurrentUrl()).contains("person=", "country=FI");
        assertThat(texts(By.cssSelector(".active-filters .chip")))
                .anySatisfy(chip -> assertThat(chip).contains("Recep Tayyip Erdogan"))
                .anySatisfy(chip -> assertThat(chip).contains("Finland"));
        assertThat(text(By.cssSelector(".page-head .summary"))).startsWith("2 articles");
        String filteredList = driver.getCurrentUrl();
        List<String> remaining = articleRows().stream()
                .map(row -> row.findElement(By.cssSelector("h2 a")).getDomProperty("href"))
                .toList();
        assertThat(remaining).as("articles mentioning both Erdogan and Finland in the seeds").hasSize(2);
        for (String article : remaining) {
            driver.get(article);
            assertThat(text(By.cssSelector("article.primary")))
                    .as("text of %s", article)
                    .contains("Erdogan", "Finland");
            assertNoConsoleErrors();
        }

        // 3. The first of them highlights its mentions; Putin's leads to his page.
        driver.get(filteredList);
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".article-row h2 a")));
        String articleTitle = first.getText();
        click(first);
        wait.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        String articleUrl = driver.getCurrentUrl();
        assertThat(text(By.tagName("h1"))).isEqualTo(articleTitle);
        List<WebElement> people = driver.findElements(By.cssSelector(".article-text a.mention.mention-person"));
        assertThat(people).as("highlighted mentions of people").isNotEmpty();
        WebElement putinMention = people.stream()
                .filter(mention -> List.of("Putin", "Vladimir Putin").contains(mention.getText().strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention reading Putin among " + textsOf(people)));
        click(putinMention);
        wait.until(ExpectedConditions.urlMatches(".*/people/[^/?#]+$"));
        assertThat(text(By.tagName("h1"))).contains("Vladimir Putin");
        assertThat(articleRows()).hasSize(5);
        assertThat(text(By.cssSelector(".entity-page .sidebar .sidebar-title")))
                .isEqualToIgnoringCase("Mentioned alongside"); // shown in capitals by the stylesheet
        assertThat(driver.findElements(By.cssSelector(".entity-page .sidebar .panel .chip")))
                .as("people, organizations... mentioned alongside Putin").isNotEmpty();
        assertNoConsoleErrors();

        // 4. Back to the article.
        driver.navigate().back();
        wait.until(ExpectedConditions.urlToBe(articleUrl));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), articleTitle));
        assertThat(driver.findElements(By.cssSelector(".article-text a.mention"))).isNotEmpty();
    }

    @Test
    void personPageShowsWhereEachArticleMentionsThePerson() {
        open("/");
        click(driver.findElement(By.cssSelector(".article-row .chip-person")));
        wait.until(ExpectedConditions.urlMatches(".*/people/[^/?#]+$"));
        String person = text(By.cssSelector("h1 span"));
        List<WebElement> rows = articleRows();
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElements(By.cssSelector(".snippet mark")))
                    .as("the marked first mention of %s in %s", person, row.findElement(By.tagName("h2")).getText())
                    .singleElement()
                    .satisfies(mark -> assertThat(mark.getText()).isNotBlank());
        }
    }

    @Test
    void pagesFitAPhoneScreenWithoutScrollingSideways() {
        open("/");
        String article = driver.findElement(By.cssSelector(".article-row h2 a")).getDomProperty("href");
        String person = driver.findElement(By.cssSelector(".article-row .chip-person")).getDomProperty("href");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/");
        assertThat(((Number) js("return window.innerWidth")).intValue()).as("viewport width").isLessThanOrEqualTo(390);
        assertNoHorizontalScroll("the article list");
        screenshot("list-phone");

        driver.get(article);
        assertNoHorizontalScroll("an article page");
        screenshot("article-phone");

        driver.get(person);
        assertNoHorizontalScroll("a person's page");
        screenshot("person-phone");
    }

    @Test
    void readerSearchesFromTheHeaderAndSeesHighlightedResultsThenNarrowsThemByAPerson() {
        open("/people");
        WebElement box = driver.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("sanctions", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=sanctions"));

        List<WebElement> rows = articleRows();
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(textsOf(row.findElements(By.cssSelector("mark"))))
                    .as("marked matches in %s", row.findElement(By.tagName("h2")).getText())
                    .isNotEmpty().allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("sanctions"));
        }
        assertThat(driver.findElement(By.cssSelector("header input[name=q]")).getDomProperty("value"))
                .isEqualTo("sanctions");
        screenshot("search");

        WebElement putin = facetLink("People", "Vladimir Putin");
        String count = putin.findElement(By.cssSelector(".count")).getText();
        click(putin);
        wait.until(ExpectedConditions.urlContains("person="));
        assertThat(driver.getCurrentUrl()).contains("q=sanctions");
        assertThat(articleRows()).hasSize(Integer.parseInt(count));

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        assertNoHorizontalScroll("a search result");
        screenshot("search-phone");
    }

    @Test
    void contentSecurityPolicyKeepsInlineScriptOut() throws Exception {
        open("/");
        String article = driver.findElement(By.cssSelector(".article-row h2 a")).getDomProperty("href");

        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(article)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));

        driver.get(article);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text")));
        assertThat((Boolean) js("return document.querySelectorAll('script').length === 0"))
                .as("the article page carries no script at all").isTrue();
        assertNoConsoleErrors();

        // An inline script slipped into the page must not run: the browser enforces the policy.
        Object ran = js("""
                window.inlineScriptRan = false;
                const script = document.createElement('script');
                script.textContent = 'window.inlineScriptRan = true;';
                document.body.appendChild(script);
                return window.inlineScriptRan;
                """);
        assertThat(ran).as("inline script ran despite the content security policy").isEqualTo(Boolean.FALSE);
        if (consoleReadable) {
            assertThat(consoleErrors()).as("the browser reports the refused script")
                    .anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#content")));
    }

    private static List<WebElement> articleRows() {
        return driver.findElements(By.cssSelector(".article-list > li.article-row"));
    }

    /** The link of one entity in the article list's filter panel, found by its section heading and visible name. */
    private static WebElement facetLink(String section, String name) {
        By panel = By.xpath("//aside[contains(@class,'filters')]//section[contains(@class,'panel')][h3[normalize-space()='"
                + section + "']]");
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
        return found.findElements(By.cssSelector("a.facet")).stream()
                .filter(link -> link.findElement(By.cssSelector(".facet-name")).getText().strip().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + name + "\" in the filter panel's " + section
                        + " section, which lists " + textsOf(found.findElements(By.cssSelector(".facet-name")))));
    }

    private static void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    private static List<String> texts(By locator) {
        return textsOf(driver.findElements(locator));
    }

    private static List<String> textsOf(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void assertNoHorizontalScroll(String page) {
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

    private static void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("browser console errors on %s", driver.getCurrentUrl()).isEmpty();
    }

    /** Severe console entries since last asked; none if this driver cannot read the console. */
    private static List<String> consoleErrors() {
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

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    /** Under {@code target/}, so {@code mvn clean} removes it; absolute, as H2 refuses implicitly relative paths. */
    private static Path createDataDir() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "it-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
