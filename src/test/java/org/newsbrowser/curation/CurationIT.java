package org.newsbrowser.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsbrowser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A curator, in a real (headless) Chromium over the seeds, hides the least mentioned person from its page's curate
 * panel, sees it gone from the people index, and undoes that from the curation log; and the curation pages fit a
 * phone screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurationIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Path DATA_DIR = Browser.newFolder("it-data-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", DATA_DIR::toString);
        registry.add("newsbrowser.corpus-dir", () -> "seeds");
    }

    @Test
    void aCuratorHidesAPersonThenUndoesItFromTheLog() {
        browser.open("/people");
        List<WebElement> people = browser.findAll(By.cssSelector(".entity-index a.chip"));
        WebElement leastMentioned = people.get(people.size() - 1);
        String name = leastMentioned.getText();
        String page = leastMentioned.getDomAttribute("href");

        browser.open(page);
        browser.click(browser.find(By.cssSelector(".curate-panel summary")));
        browser.screenshot("curate-panel-desktop");
        WebElement hideForm = browser.find(By.cssSelector(".curate-panel form[action$='/hide']"));
        hideForm.findElement(By.name("curator")).sendKeys("Selenium Sam");
        browser.click(hideForm.findElement(By.cssSelector("button")));

        assertThat(browser.text(By.cssSelector(".curation-hidden"))).contains("Hidden.");
        browser.open("/people");
        assertThat(names()).doesNotContain(name);

        browser.open("/curation/log");
        WebElement latest = browser.find(By.cssSelector(".curation-log > li"));
        assertThat(latest.findElement(By.cssSelector(".log-what")).getText().replaceAll("\\s+", " "))
                .contains("Selenium Sam hid " + name);
        latest.findElement(By.name("curator")).sendKeys("Selenium Sam");
        browser.click(latest.findElement(By.cssSelector("button")));
        assertThat(browser.text(By.cssSelector(".curation-log > li .undone-note"))).contains("undone by Selenium Sam");
        browser.screenshot("curation-log-desktop");

        browser.open("/people");
        assertThat(names()).contains(name);
        browser.open(page);
        assertThat(browser.findAll(By.cssSelector(".curation-hidden"))).isEmpty();
    }

    @Test
    void curationPagesFitAPhoneScreen() {
        browser.resize(Browser.PHONE);
        browser.open("/people");
        String person = browser.find(By.cssSelector(".entity-index a.chip")).getDomAttribute("href");
        for (String path : List.of("/curation", "/curation/log", person + "?curate")) {
            browser.open(path);
            browser.assertNoSidewaysScroll(path);
        }
        browser.screenshot("curation-log-phone");
    }

    private static List<String> names() {
        return browser.findAll(By.cssSelector(".entity-index a.chip")).stream().map(WebElement::getText).toList();
    }
}
