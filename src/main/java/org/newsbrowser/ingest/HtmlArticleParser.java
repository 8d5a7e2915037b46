package org.newsbrowser.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls the article out of a web page: metadata from the head, paragraphs from the article element (or the main
 * content). Only text leaves this class; scripts are never run and markup is never kept.
 */
final class HtmlArticleParser {

    /** What a page holds besides the article; none of it is story text. */
    /** Page furniture, and elements whose content HTML reads as raw text (textarea, xmp...), not article text. */
    private static final String NON_ARTICLE_ELEMENTS = "script, style, noscript, template, svg, nav, header, footer,"
            + " aside, form, button, figure, figcaption, iframe, object, embed, [hidden], [aria-hidden=true],"
            + " textarea, select, xmp, plaintext, noembed, noframes, body title";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "br", "hr",
            "address", "details", "summary");
    /** " | Site name" after the headline, as most sites title their pages. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|»·]\\s+[^|»·]{1,60}$");
    private static final Pattern DASH_SUFFIX_SEPARATOR = Pattern.compile("\\s+[-–—]\\s+");

    /**
     * The page's article: title may be null when the page names none; the rest is null when absent. Title and byline
     * are one line of text without control characters, whatever the page's attributes held.
     */
    record Page(String title, String text, String byline, Instant publishedAt, String url) {
    }

    Page parse(String html) {
        Document document = Jsoup.parse(html);
        String title = title(document);
        String byline = firstNonBlank(
                document.select("meta[name=author]").attr("content"),
                nonUrl(document.select("meta[property=article:author]").attr("content")),
                document.select("[rel=author]").text());
        Instant publishedAt = publishedAt(document);
        String url = url(document);
        document.select(NON_ARTICLE_ELEMENTS).remove();
        return new Page(title, articleText(content(document), title), byline, publishedAt, url);
    }

    private static String title(Document document) {
        String siteName = document.select("meta[property=og:site_name]").attr("content").strip();
        Element articleHeading = document.selectFirst("article h1");
        String title = firstNonBlank(
                document.select("meta[property=og:title]").attr("content"),
                articleHeading != null ? articleHeading.text() : document.select("h1").text(),
                document.title());
        return title == null ? null : withoutSiteName(title, siteName);
    }

    /** Drops " | Site" always, and " - Site" only when the page names its site: dashes also occur in headlines. */
    static String withoutSiteName(String title, String siteName) {
        String stripped = SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
        if (!siteName.isEmpty()) {
            String[] parts = DASH_SUFFIX_SEPARATOR.split(stripped);
            if (parts.length > 1 && parts[parts.length - 1].strip().equalsIgnoreCase(siteName)) {
                stripped = String.join(" - ", Arrays.copyOf(parts, parts.length - 1));
            }
        }
        return stripped.isBlank() ? title.strip() : stripped.strip();
    }

    private static Instant publishedAt(Document document) {
        return Stream.of(
                        document.select("meta[property=article:published_time]").attr("content"),
                        document.select("meta[name=date]").attr("content"),
                        document.select("meta[itemprop=datePublished]").attr("content"),
                        document.select("time[datetime]").attr("datetime"))
                .map(HtmlArticleParser::parseInstant)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Pages write dates in several ISO 8601 forms; without an offset, UTC is the least surprising guess. */
    static Instant parseInstant(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text.substring(0, Math.min(10, text.length())),
                            DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static String url(Document document) {
        return Stream.of(document.select("link[rel=canonical]").attr("href"),
                        document.select("meta[property=og:url]").attr("content"))
                .map(String::strip)
                .filter(href -> href.startsWith("https://") || href.startsWith("http://"))
                .findFirst()
                .orElse(null);
    }

    /** The longest article element, else the main content, else the whole body. */
    private static Element content(Document document) {
        return document.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> document.select("main, [role=main]").stream().findFirst())
                .orElse(document.body());
    }

    private static String articleText(Element content, String title) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (isBlock(node)) {
                    text.append(Paragraphs.SEPARATOR);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    text.append(Paragraphs.SEPARATOR);
                }
            }
        }, content);
        List<String> paragraphs = Paragraphs.split(text.toString());
        boolean headingRepeatsTitle = !paragraphs.isEmpty() && paragraphs.get(0).equals(title);
        return Paragraphs.join(headingRepeatsTitle ? paragraphs.subList(1, paragraphs.size()) : paragraphs);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    private static String nonUrl(String value) {
        return value.contains("://") ? "" : value;
    }

    private static String firstNonBlank(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).map(Paragraphs::oneLine).filter(v -> !v.isEmpty())
                .findFirst().orElse(null);
    }
}
