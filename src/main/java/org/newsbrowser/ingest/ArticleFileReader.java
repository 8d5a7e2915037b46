package org.newsbrowser.ingest;

import org.newsbrowser.article.ArticleContent;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one article file (plain text or HTML) into a {@link ArticleContent}: decodes it, finds or writes its title,
 * removes boilerplate and collects what metadata the file holds. Thread-safe.
 */
public final class ArticleFileReader {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /**
     * The longest article text taken, in characters: about 35,000 words, several times the longest long read a
     * newspaper prints. Beyond it a file is a book, a log or a text pasted many times over, and extraction time
     * grows with it (CoreNLP alone took 4.6 s for 200,000 characters on a shared 2-core machine; 1 MB would take
     * some 25 s by extrapolation), so it is refused rather than cut: a cut article would be a partial one.
     */
    public static final int MAX_TEXT_CHARS = 200_000;
    /** The database's column sizes; metadata longer than this is cut at a word. */
    static final int MAX_TITLE_CHARS = 300;
    static final int MAX_BYLINE_CHARS = 300;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_LEAD_CHARS = 300;

    /** "By Jane Doe" on its own short line under the headline. */
    private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4})*$");

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final TitleMaker titleMaker = new TitleMaker();
    private final BoilerplateStripper stripper = new BoilerplateStripper();
    private final HtmlArticleParser htmlParser = new HtmlArticleParser();

    public ArticleFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused unread */
    public ArticleFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Files larger than this many bytes are refused unread. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Whether the file's name says it is a format this reader understands: .txt, .html or .htm. */
    public boolean supports(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /**
     * Reads one article.
     *
     * @throws UnreadableArticleException when the file is missing, empty, too large, binary, not valid text, or
     *                                    holds no article text; the message says which, in words
     */
    public ArticleContent read(Path file) throws UnreadableArticleException {
        String rawText = decoder.decode(readBytes(file));
        // normalize() first: String.isBlank() does not count no-break spaces as blank.
        if (Paragraphs.normalize(rawText).isBlank()) {
            throw new UnreadableArticleException("empty file (whitespace only)");
        }
        if (isHtml(file)) {
            return fromHtml(rawText);
        }
        checkTextLength(rawText);
        return fromPlainText(rawText);
    }

    /**
     * Cleans a record of a dump like an article file: entities decoded, spaces and paragraphs normalized,
     * boilerplate removed, a title made from the lead when the record has none.
     *
     * @throws UnreadableArticleException when the record holds no text or too much of it
     */
    public ArticleContent read(ArticleRecord record) throws UnreadableArticleException {
        String text = Paragraphs.normalize(Paragraphs.decodeEntities(record.text()));
        if (text.isBlank()) {
            throw new UnreadableArticleException("no article text");
        }
        checkTextLength(text);
        String title = record.title() == null ? null
                : Paragraphs.normalize(Paragraphs.decodeEntities(record.title())).replace('\n', ' ').strip();
        return article(title == null || title.isEmpty() ? null : title,
                cleanText(Paragraphs.join(Paragraphs.split(text))), record.text(), null, record.publishedAt(),
                record.url());
    }

    private byte[] readBytes(Path file) throws UnreadableArticleException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableArticleException(
                        "file too large: " + humanSize(size) + " (limit " + humanSize(maxBytes) + ")");
            }
            if (size == 0) {
                throw new UnreadableArticleException("empty file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException(describe(e), e);
        }
    }

    /** An I/O failure in words, without the absolute path that most of their messages consist of. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found (deleted or moved while ingesting?)";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "folder link loops back to a folder above it";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot read file: " + fileSystem.getReason();
        }
        return "cannot read file: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    private static void checkTextLength(String text) throws UnreadableArticleException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "article text too long: %,d characters (limit %,d; longer texts are not news articles)",
                    text.length(), MAX_TEXT_CHARS));
        }
    }

    private ArticleContent fromPlainText(String rawText) throws UnreadableArticleException {
        List<String> lines = new ArrayList<>(Paragraphs.normalize(Paragraphs.decodeEntities(rawText)).lines()
                .dropWhile(String::isBlank)
                .toList());
        if (lines.isEmpty()) {
            // Only control characters, or entities that decode to them: nothing a reader could see.
            throw new UnreadableArticleException("no article text (only control characters)");
        }
        String title = titleMaker.isHeadline(lines.get(0)) ? lines.remove(0) : null;
        List<String> paragraphs = new ArrayList<>(Paragraphs.split(String.join("\n", lines)));
        String byline = takeByline(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new UnreadableArticleException("no article text besides the headline");
        }
        return article(title, cleanText(Paragraphs.join(paragraphs)), rawText, byline, null, null);
    }

    private ArticleContent fromHtml(String rawText) throws UnreadableArticleException {
        HtmlArticleParser.Page page = htmlParser.parse(rawText);
        checkTextLength(page.text());
        return article(page.title(), cleanText(page.text()), rawText, page.byline(), page.publishedAt(), page.url());
    }

    private String cleanText(String text) throws UnreadableArticleException {
        String cleaned = stripper.strip(text);
        if (cleaned.isBlank()) {
            throw new UnreadableArticleException("no article text after removing boilerplate");
        }
        return cleaned;
    }

    private ArticleContent article(String title, String text, String rawText, String byline, Instant publishedAt,
                                  String url) {
        String leadParagraph = leadParagraph(text);
        String finalTitle = title != null ? title : titleMaker.fromLead(leadParagraph);
        return new ArticleContent(trimToWord(finalTitle, MAX_TITLE_CHARS), text, rawText,
                trimToWord(leadParagraph, MAX_LEAD_CHARS), byline == null ? null : trimToWord(byline, MAX_BYLINE_CHARS),
                publishedAt, url == null || url.length() <= MAX_URL_CHARS ? url : null);
    }

    private static String takeByline(List<String> paragraphs) {
        if (paragraphs.size() > 1 && BYLINE.matcher(paragraphs.get(0)).matches()) {
            return paragraphs.remove(0).substring(2).strip();
        }
        return null;
    }

    /** The first paragraph that is prose rather than a section heading. */
    static String leadParagraph(String text) {
        List<String> paragraphs = Paragraphs.split(text);
        return paragraphs.stream()
                .filter(paragraph -> !Paragraphs.looksLikeHeading(paragraph))
                .findFirst()
                .orElse(paragraphs.get(0));
    }

    static String trimToWord(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxChars - 1);
        String cut = space > 0 ? text.substring(0, space) : Paragraphs.prefix(text, maxChars - 1);
        return cut.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
    }

    private static boolean isHtml(Path file) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? oneDecimal(kilobytes) + " KB" : oneDecimal(kilobytes / 1024) + " MB";
    }

    private static String oneDecimal(double value) {
        String formatted = String.format(Locale.ROOT, "%.1f", value);
        return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
    }
}
