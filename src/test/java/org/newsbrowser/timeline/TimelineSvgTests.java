package org.newsbrowser.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class TimelineSvgTests {

    private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

    private final Timeline timeline = Timeline.of(
            List.of(new DayCount(JULY_18, 2, 5), new DayCount(JULY_18.plusDays(2), 1, 0)),
            (from, to) -> "/?q=a&b<c>&from=" + from + "&to=" + to);

    @Test
    void everyBarLinksToItsDaysWithItsTooltipSlotAndFill() {
        Element svg = parse(timeline.svg("Articles over time", "/?q=a", "/"));

        Elements bars = svg.select("a.bar");
        assertThat(bars).hasSize(3);
        Element first = bars.get(0);
        assertThat(first.attr("href")).isEqualTo("/?q=a&b<c>&from=2022-07-18&to=2022-07-18");
        assertThat(first.attr("data-from")).isEqualTo("2022-07-18");
        assertThat(first.attr("data-to")).isEqualTo("2022-07-18");
        assertThat(first.selectFirst("title").text()).isEqualTo("18 Jul 2022: 2 articles, 5 mentions");
        assertThat(first.selectFirst("rect.slot").attr("height")).isEqualTo(String.valueOf(Timeline.HEIGHT));
        assertThat(first.selectFirst("rect.fill").attr("height")).isEqualTo(String.valueOf(Timeline.HEIGHT));
        assertThat(bars.get(1).selectFirst("rect.fill").attr("height")).as("a day without articles").isEqualTo("0");
        assertThat(bars.get(2).selectFirst("rect.fill").attr("y")).isEqualTo(String.valueOf(Timeline.HEIGHT / 2));
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 " + timeline.getWidth() + " " + Timeline.HEIGHT);
        assertThat(svg.attr("aria-label")).isEqualTo("Articles over time: 18 Jul 2022 to 20 Jul 2022");
    }

    @Test
    void markupInLabelsAndLinksStaysText() {
        String markup = timeline.svg("<script>alert(1)</script> \"quoted\"", "/?q=\"><img src=x>", "/");

        Element svg = parse(markup);
        assertThat(svg.select("script, img")).isEmpty();
        assertThat(svg.attr("aria-label")).startsWith("<script>alert(1)</script> \"quoted\":");
        assertThat(svg.attr("data-base")).isEqualTo("/?q=\"><img src=x>");
        assertThat(markup).doesNotContain("<script>", "<c>");
    }

    @Test
    void linksAreUnderTheApplicationsRootPath() {
        Element svg = parse(timeline.svg("Articles", "/?q=a", "/news/"));

        assertThat(svg.attr("data-base")).isEqualTo("/news/?q=a");
        assertThat(svg.select("a.bar").get(0).attr("href")).startsWith("/news/?q=a&b<c>");
    }

    private static Element parse(String markup) {
        Document document = Jsoup.parse("<body>" + markup + "</body>", "", Parser.htmlParser());
        assertThat(document.body().children()).as("one element: the chart").hasSize(1);
        return document.selectFirst("body > svg.timeline-chart");
    }
}
