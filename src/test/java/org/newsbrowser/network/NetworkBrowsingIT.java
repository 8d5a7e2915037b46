package org.newsbrowser.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsbrowser.Browser;
import org.newsbrowser.SeedCorpusTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The network graph in a real headless Chromium over the seeds: the SVG is drawn with a circle per entity and a
 * line per link, the fallback table folds away, clicking a node opens its entity page, whose ego network is drawn
 * too, and clicking a link lists the articles naming both ends. Needs Debian's {@code chromium} and
 * {@code chromium-driver}, like {@code ArticleBrowsingIT}.
 */
class NetworkBrowsingIT extends SeedCorpusTestSupport {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static List<WebElement> drawnNodes(String graph) {
        browser.until(ExpectedConditions.attributeToBe(By.cssSelector(graph), "data-rendered", "true"));
        return browser.findAll(By.cssSelector(graph + " svg a.network-node"));
    }

    @Test
    void graphIsDrawnAndClickingANodeOpensItsPage() throws Exception {
        browser.open("/network");
        List<WebElement> nodes = drawnNodes("#network-graph");
        List<String> apiIds = json("/api/network", "$.nodes[*].id");
        assertThat(nodes).hasSize(apiIds.size());
        assertThat(nodes).extracting(n -> n.getDomAttribute("data-id")).containsExactlyElementsOf(apiIds);
        assertThat(browser.findAll(By.cssSelector("#network-graph svg circle"))).hasSize(apiIds.size());
        assertThat(browser.findAll(By.cssSelector("#network-graph svg line.network-edge-line")))
                .hasSize(((List<?>) json("/api/network", "$.edges")).size());
        assertThat(browser.find(By.cssSelector(".network-table")).getDomProperty("open")).isEqualTo("false");
        browser.screenshot("network-desktop");

        WebElement largest = nodes.get(0);
        String href = largest.getDomAttribute("href");
        String name = json("/api/network", "$.nodes[0].name");
        dispatchClick(largest.findElement(By.tagName("circle")));
        browser.until(ExpectedConditions.urlToBe(browser.url(href)));
        assertThat(browser.find(By.tagName("h1")).getText()).contains(name);

        List<WebElement> ego = drawnNodes(".ego-network .network-graph");
        assertThat(ego).isNotEmpty();
        assertThat(browser.findAll(By.cssSelector(".ego-network .network-center"))).hasSize(1);
        browser.screenshot("entity-ego-desktop");
    }

    @Test
    void clickingALinkOpensThePairsRelationshipPage() throws Exception {
        browser.open("/network?limit=2");
        drawnNodes("#network-graph");
        Number weight = json("/api/network?limit=2", "$.edges[0].weight");
        String url = json("/api/network?limit=2", "$.edges[0].url");
        WebElement strongest = browser.find(By.cssSelector("#network-graph a.network-edge"));
        assertThat(strongest.getDomAttribute("href")).isEqualTo(url);
        dispatchClick(strongest.findElement(By.cssSelector(".network-edge-hit")));
        browser.until(ExpectedConditions.urlContains("/relations?"));
        assertThat(browser.find(By.tagName("h1")).getText())
                .contains(this.<String>json("/api/network?limit=2", "$.nodes[0].name"))
                .contains(this.<String>json("/api/network?limit=2", "$.nodes[1].name"));
        assertThat(browser.find(By.cssSelector(".relation-page .summary strong")).getText())
                .isEqualTo(weight + (weight.intValue() == 1 ? " article" : " articles"));
    }

    @Test
    void graphFitsAPhoneScreen() throws IOException {
        browser.resize(Browser.PHONE);
        browser.open("/network");
        drawnNodes("#network-graph");
        browser.assertNoSidewaysScroll("the network page");
        browser.screenshot("network-phone");
    }

    /**
     * A click as the element receives it, whatever is drawn over its centre: the layout keeps moving for a while
     * and a neighbour's label can cover that point, which made a pointer click land on the wrong element.
     */
    private static void dispatchClick(WebElement element) {
        browser.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))",
                element);
    }
}
