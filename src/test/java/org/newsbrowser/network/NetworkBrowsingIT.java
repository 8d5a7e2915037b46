package org.newsbrowser.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbrowser.HeadlessChromium;
import org.newsbrowser.SeedCorpusTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network graph in a real headless Chromium over the seeds: the SVG is drawn with a circle per entity and a
 * line per link, the fallback table folds away, clicking a node opens its entity page, whose ego network is drawn
 * too, and clicking a link lists the articles naming both ends. Needs Debian's {@code chromium} and
 * {@code chromium-driver}, like {@code ArticleBrowsingIT}.
 */
class NetworkBrowsingIT extends SeedCorpusTestSupport {

    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void quitBrowser() {
        HeadlessChromium.quit(driver);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static List<WebElement> drawnNodes(String graph) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(graph), "data-rendered", "true"));
        return driver.findElements(By.cssSelector(graph + " svg a.network-node"));
    }

    @Test
    void graphIsDrawnAndClickingANodeOpensItsPage() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/network");
        List<WebElement> nodes = drawnNodes("#network-graph");
        List<String> apiIds = json("/api/network", "$.nodes[*].id");
        assertThat(nodes).hasSize(apiIds.size());
        assertThat(nodes).extracting(n -> n.getDomAttribute("data-id")).containsExactlyElementsOf(apiIds);
        assertThat(driver.findElements(By.cssSelector("#network-graph svg circle"))).hasSize(apiIds.size());
        assertThat(driver.findElements(By.cssSelector("#network-graph svg line.network-edge-line")))
                .hasSize(((List<?>) json("/api/network", "$.edges")).size());
        assertThat(driver.findElement(By.cssSelector(".network-table")).getDomProperty("open")).isEqualTo("false");
        screenshot("network-desktop");

        WebElement largest = nodes.get(0);
        String href = largest.getDomAttribute("href");
        String name = json("/api/network", "$.nodes[0].name");
        click(largest.findElement(By.tagName("circle")));
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + href));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);

        List<WebElement> ego = drawnNodes(".ego-network .network-graph");
        assertThat(ego).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".ego-network .network-center"))).hasSize(1);
        screenshot("entity-ego-desktop");
    }

    @Test
    void clickingALinkOpensThePairsRelationshipPage() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/network?limit=2");
        drawnNodes("#network-graph");
        Number weight = json("/api/network?limit=2", "$.edges[0].weight");
        String url = json("/api/network?limit=2", "$.edges[0].url");
        WebElement strongest = driver.findElement(By.cssSelector("#network-graph a.network-edge"));
        assertThat(strongest.getDomAttribute("href")).isEqualTo(url);
        click(strongest.findElement(By.cssSelector(".network-edge-hit")));
        wait.until(ExpectedConditions.urlContains("/relations?"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .contains(this.<String>json("/api/network?limit=2", "$.nodes[0].name"))
                .contains(this.<String>json("/api/network?limit=2", "$.nodes[1].name"));
        assertThat(driver.findElement(By.cssSelector(".relation-page .summary strong")).getText())
                .isEqualTo(weight + (weight.intValue() == 1 ? " article" : " articles"));
    }

    @Test
    void graphFitsAPhoneScreen() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/network");
        drawnNodes("#network-graph");
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scroll on a phone").isLessThanOrEqualTo(0L);
        screenshot("network-phone");
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    /**
     * A click as the element receives it, whatever is drawn over its centre: the layout keeps moving for a while
     * and a neighbour's label can cover that point, which made a pointer click land on the wrong element.
     */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))",
                element);
    }
}
