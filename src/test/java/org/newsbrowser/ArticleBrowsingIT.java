package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsbrowser.ingest.IngestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A fresh, empty data folder, so the seeds are ingested from scratch into a new database. */
    private static final Path DATA_DIR = Browser.newFolder("it-data-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", DATA_DIR::toString);
        registry.add("newsbrowser.corpus-dir", () -> "seeds");
    }

    @BeforeEach
    void everySeedIngested(@Autowired IngestProgress ingest) {
        assertThat(ingest.failedCount()).as("seed files that failed to ingest").isZero();
        assertThat(ingest.ingestedCount() + ingest.skippedCount()).as("seed files ingested").isEqualTo(5);
    }

    @Test
    void readerFiltersByPersonAndCountryThenFollowsAMentionToThePersonAndBack() {
        // 1. The list: five articles, and Putin mentioned in all of them.
        browser.open("/");
        List<WebElement> rows = articleRows();
        assertThat(rows).hasSize(5);
        for (WebElement row : rows) {
            WebElement title = row.findElement(By.cssSelector("h2 a"));
            assertThat(title.getText()).isNotBlank();
            assertThat(title.getDomProperty("href")).matches(".*/articles/\\d+");
        }
        WebElement putin = facetLink("People", "Vladimir Putin");
        assertThat(putin.findElement(By.cssSelector(".count")).getText()).isEqualTo("5");
        browser.screenshot("list-desktop");
        browser.assertNoConsoleErrors();

        // 2. Narrow the list to Erdogan, then to Finland, by clicking the filter panel's links.
        browser.click(facetLink("People", "Recep Tayyip Erdogan"));
        browser.until(ExpectedConditions.urlContains("person="));
        browser.click(facetLink("Countries", "Finland"));
        browser.until(ExpectedConditions.urlContains("country=FI"));
        assertThat(browser.currentUrl()).contains("person=", "country=FI");
        assertThat(browser.texts(By.cssSelector(".active-filters .chip")))
                .anySatisfy(chip -> assertThat(chip).contains("Recep Tayyip Erdogan"))
                .anySatisfy(chip -> assertThat(chip).contains("Finland"));
        assertThat(browser.text(By.cssSelector(".page-head .summary"))).startsWith("2 articles");
        String filteredList = browser.currentUrl();
        List<String> remaining = articleRows().stream()
                .map(row -> row.findElement(By.cssSelector("h2 a")).getDomProperty("href"))
                .toList();
        assertThat(remaining).as("articles mentioning both Erdogan and Finland in the seeds").hasSize(2);
        for (String article : remaining) {
            browser.driver().get(article);
            assertThat(browser.text(By.cssSelector("article.primary")))
                    .as("text of %s", article)
                    .contains("Erdogan", "Finland");
            browser.assertNoConsoleErrors();
        }

        // 3. The first of them highlights its mentions; Putin's leads to his page.
        browser.driver().get(filteredList);
        WebElement first = browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".article-row h2 a")));
        String articleTitle = first.getText();
        browser.click(first);
        browser.until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        String articleUrl = browser.currentUrl();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(articleTitle);
        List<WebElement> people = browser.findAll(By.cssSelector(".article-text a.mention.mention-person"));
        assertThat(people).as("highlighted mentions of people").isNotEmpty();
        WebElement putinMention = people.stream()
                .filter(mention -> List.of("Putin", "Vladimir Putin").contains(mention.getText().strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention reading Putin among " + Browser.textsOf(people)));
        browser.click(putinMention);
        browser.until(ExpectedConditions.urlMatches(".*/people/[^/?#]+$"));
        assertThat(browser.text(By.tagName("h1"))).contains("Vladimir Putin");
        assertThat(articleRows()).hasSize(5);
        assertThat(browser.text(By.cssSelector(".entity-page .sidebar .sidebar-title")))
                .isEqualToIgnoringCase("Mentioned alongside"); // shown in capitals by the stylesheet
        assertThat(browser.findAll(By.cssSelector(".entity-page .sidebar .panel .chip")))
                .as("people, organizations... mentioned alongside Putin").isNotEmpty();
        browser.assertNoConsoleErrors();

        // 4. Back to the article.
        browser.driver().navigate().back();
        browser.until(ExpectedConditions.urlToBe(articleUrl));
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), articleTitle));
        assertThat(browser.findAll(By.cssSelector(".article-text a.mention"))).isNotEmpty();
    }

    @Test
    void personPageShowsWhereEachArticleMentionsThePerson() {
        browser.open("/");
        browser.click(browser.find(By.cssSelector(".article-row .chip-person")));
        browser.until(ExpectedConditions.urlMatches(".*/people/[^/?#]+$"));
        String person = browser.text(By.cssSelector("h1 span"));
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
        browser.open("/");
        String article = browser.find(By.cssSelector(".article-row h2 a")).getDomProperty("href");
        String person = browser.find(By.cssSelector(".article-row .chip-person")).getDomProperty("href");

        browser.resize(Browser.PHONE);
        browser.open("/");
        assertThat(((Number) browser.js("return window.innerWidth")).intValue()).as("viewport width").isLessThanOrEqualTo(390);
        browser.assertNoSidewaysScroll("the article list");
        browser.screenshot("list-phone");

        browser.driver().get(article);
        browser.assertNoSidewaysScroll("an article page");
        browser.screenshot("article-phone");

        browser.driver().get(person);
        browser.assertNoSidewaysScroll("a person's page");
        browser.screenshot("person-phone");
    }

    @Test
    void readerSearchesFromTheHeaderAndSeesHighlightedResultsThenNarrowsThemByAPerson() {
        browser.open("/people");
        WebElement box = browser.find(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("sanctions", Keys.ENTER);
        browser.until(ExpectedConditions.urlContains("q=sanctions"));

        List<WebElement> rows = articleRows();
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(Browser.textsOf(row.findElements(By.cssSelector("mark"))))
                    .as("marked matches in %s", row.findElement(By.tagName("h2")).getText())
                    .isNotEmpty().allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("sanctions"));
        }
        assertThat(browser.find(By.cssSelector("header input[name=q]")).getDomProperty("value"))
                .isEqualTo("sanctions");
        browser.screenshot("search");

        WebElement putin = facetLink("People", "Vladimir Putin");
        String count = putin.findElement(By.cssSelector(".count")).getText();
        browser.click(putin);
        browser.until(ExpectedConditions.urlContains("person="));
        assertThat(browser.currentUrl()).contains("q=sanctions");
        assertThat(articleRows()).hasSize(Integer.parseInt(count));

        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        browser.assertNoSidewaysScroll("a search result");
        browser.screenshot("search-phone");
    }

    @Test
    void contentSecurityPolicyKeepsInlineScriptOut() throws Exception {
        browser.open("/");
        String article = browser.find(By.cssSelector(".article-row h2 a")).getDomProperty("href");

        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(article)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));

        browser.driver().get(article);
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text")));
        assertThat((Boolean) browser.js("return document.querySelectorAll('script').length === 0"))
                .as("the article page carries no script at all").isTrue();
        browser.assertNoConsoleErrors();

        // An inline script slipped into the page must not run: the browser enforces the policy.
        Object ran = browser.js("""
                window.inlineScriptRan = false;
                const script = document.createElement('script');
                script.textContent = 'window.inlineScriptRan = true;';
                document.body.appendChild(script);
                return window.inlineScriptRan;
                """);
        assertThat(ran).as("inline script ran despite the content security policy").isEqualTo(Boolean.FALSE);
        if (browser.isConsoleReadable()) {
            assertThat(browser.consoleErrors()).as("the browser reports the refused script")
                    .anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
        }
    }

    private static List<WebElement> articleRows() {
        return browser.findAll(By.cssSelector(".article-list > li.article-row"));
    }

    /** The link of one entity in the article list's filter panel, found by its section heading and visible name. */
    private static WebElement facetLink(String section, String name) {
        By panel = By.xpath("//aside[contains(@class,'filters')]//section[contains(@class,'panel')][h3[normalize-space()='"
                + section + "']]");
        WebElement found = browser.until(ExpectedConditions.visibilityOfElementLocated(panel));
        return found.findElements(By.cssSelector("a.facet")).stream()
                .filter(link -> link.findElement(By.cssSelector(".facet-name")).getText().strip().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + name + "\" in the filter panel's " + section
                        + " section, which lists " + Browser.textsOf(found.findElements(By.cssSelector(".facet-name")))));
    }
}
