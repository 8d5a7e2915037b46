package org.newsbrowser.timeline;

import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link Timeline} as the SVG of {@code templates/timeline/timeline.html}: one link per bar (to the list
 * narrowed to its days, so the chart works without JavaScript) holding its tooltip, a full-height slot to click and
 * the filled bar.
 *
 * <p>Written here rather than by a {@code th:each} in the template because a decade of months or years is a
 * hundred bars of five elements each: as template markup they were about a third of an article list's rendering
 * time. Every value from outside (labels, links) is escaped for the attribute or text it lands in.
 */
final class TimelineSvg {

    private TimelineSvg() {
    }

    /**
     * @param label       the chart's accessible name, such as its heading
     * @param baseUrl     the list a brushed range is added to (read by {@code js/timeline.js})
     * @param contextRoot the application's root path as the template's {@code @{/}} gives it, which links are under
     */
    static String render(Timeline timeline, String label, String baseUrl, String contextRoot) {
        String root = contextRoot.endsWith("/") ? contextRoot.substring(0, contextRoot.length() - 1) : contextRoot;
        StringBuilder svg = new StringBuilder(160 * timeline.bars().size() + 300);
        svg.append("<svg class=\"timeline-chart\" preserveAspectRatio=\"none\" role=\"img\" viewBox=\"0 0 ")
                .append(timeline.getWidth()).append(' ').append(Timeline.HEIGHT)
                .append("\" data-base=\"").append(escape(root + baseUrl))
                .append("\" aria-label=\"").append(escape(label + ": " + timeline.getFirstLabel() + " to "
                        + timeline.getLastLabel()))
                .append("\">");
        for (Timeline.Bar bar : timeline.bars()) {
            appendBar(svg, bar, root);
        }
        return svg.append("</svg>").toString();
    }

    private static void appendBar(StringBuilder svg, Timeline.Bar bar, String root) {
        svg.append("<a class=\"bar\" href=\"").append(escape(root + bar.url()))
                .append("\" data-from=\"").append(bar.from())
                .append("\" data-to=\"").append(bar.to())
                .append("\" data-x=\"").append(bar.x()).append("\">")
                .append("<title>").append(escape(bar.getLabel())).append("</title>")
                .append("<rect class=\"slot\" x=\"").append(bar.x()).append("\" y=\"0\" width=\"").append(Timeline.SLOT)
                .append("\" height=\"").append(Timeline.HEIGHT).append("\"/>")
                .append("<rect class=\"fill\" x=\"").append(bar.x() + 1).append("\" y=\"").append(bar.getY())
                .append("\" width=\"").append(Timeline.SLOT - 2).append("\" height=\"").append(bar.height())
                .append("\"/></a>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
