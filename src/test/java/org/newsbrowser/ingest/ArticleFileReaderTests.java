package org.newsbrowser.ingest;

import org.newsbrowser.article.ArticleContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTests {

    private static final String ARTICLE = "Café owners protest tax\n\nThe tax costs £40 a week, owners said.\n";

    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader();

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return write(name, text.getBytes(charset));
    }

    @Test
    void supportsTextAndHtmlFilesWhateverTheCase() {
        assertThat(reader.supports(Path.of("a.TXT"))).isTrue();
        assertThat(reader.supports(Path.of("a.html"))).isTrue();
        assertThat(reader.supports(Path.of("a.Htm"))).isTrue();
        assertThat(reader.supports(Path.of("a.pdf"))).isFalse();
        assertThat(reader.supports(Path.of("txt"))).isFalse();
    }

    @Test
    void readsUtf8() throws Exception {
        ArticleContent article = reader.read(write("a.txt", ARTICLE, StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Café owners protest tax");
        assertThat(article.text()).isEqualTo("The tax costs £40 a week, owners said.");
        assertThat(article.lead()).isEqualTo(article.text());
        assertThat(article.rawText()).isEqualTo(ARTICLE);
        assertThat(article.byline()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.url()).isNull();
    }

    @Test
    void fallsBackToWindows1252() throws Exception {
        ArticleContent article = reader.read(write("a.txt", ARTICLE, Charset.forName("windows-1252")));
        assertThat(article.title()).isEqualTo("Café owners protest tax");
        assertThat(article.text()).contains("£40");
    }

    @Test
    void honoursUtf16ByteOrderMarks() throws Exception {
        ByteArrayOutputStream littleEndian = new ByteArrayOutputStream();
        littleEndian.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        littleEndian.write(ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read(write("le.txt", littleEndian.toByteArray())).text()).contains("£40");
        // Java's UTF-16 encoder writes a big-endian BOM first.
        assertThat(reader.read(write("be.txt", ARTICLE, StandardCharsets.UTF_16)).title())
                .isEqualTo("Café owners protest tax");
    }

    @Test
    void decodesEntitiesAndLineEndingsInPlainText() throws Exception {
        String text = "Caf&#233; tax &lt;rejected&gt;\r\n\r\nAT&T &amp; R&D staff joined the protest.\r\n";
        ArticleContent article = reader.read(write("a.txt", text, StandardCharsets.US_ASCII));
        assertThat(article.title()).isEqualTo("Café tax <rejected>");
        assertThat(article.text()).isEqualTo("AT&T & R&D staff joined the protest.");
        assertThat(article.rawText()).isEqualTo(text);
    }

    @Test
    void takesABylineUnderTheHeadline() throws Exception {
        ArticleContent article = reader.read(write("a.txt",
                "Storm hits coast\n\nBy Jane Doe\n\nThe storm reached the coast at dawn.", StandardCharsets.UTF_8));
        assertThat(article.byline()).isEqualTo("Jane Doe");
        assertThat(article.text()).isEqualTo("The storm reached the coast at dawn.");
    }

    @Test
    void refusesEmptyAndBlankFiles() throws Exception {
        assertThatThrownBy(() -> reader.read(write("e.txt", new byte[0])))
                .isInstanceOf(UnreadableArticleException.class).hasMessage("empty file");
        assertThatThrownBy(() -> reader.read(write("w.txt", " \n\t\r\n\u00A0", StandardCharsets.UTF_8)))
                .hasMessage("empty file (whitespace only)");
    }

    @Test
    void refusesBinaryContentNamingKnownFormats() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> reader.read(write("image.txt", png)))
                .hasMessage("binary content (looks like PNG image)");
        assertThatThrownBy(() -> reader.read(write("nul.txt", new byte[] {'a', 0, 'b'})))
                .hasMessage("binary content (NUL bytes)");
        assertThatThrownBy(() -> reader.read(write("ctl.txt", new byte[] {'a', 1, 2, 3, 4, 5, 'b'})))
                .hasMessageStartingWith("binary content");
    }

    @Test
    void refusesBytesValidInNeitherUtf8NorWindows1252() throws Exception {
        // 0x81 is malformed UTF-8 and one of the five bytes Windows-1252 leaves undefined.
        assertThatThrownBy(() -> reader.read(write("bad.txt", new byte[] {'H', 'i', (byte) 0x81, '!'})))
                .hasMessageStartingWith("not valid text in UTF-8 or Windows-1252");
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws Exception {
        Path file = write("big.txt", "x".repeat(2048), StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new ArticleFileReader(1024).read(file))
                .hasMessage("file too large: 2 KB (limit 1 KB)");
        assertThat(ArticleFileReader.humanSize(26_528_972)).isEqualTo("25.3 MB");
        assertThat(ArticleFileReader.humanSize(ArticleFileReader.DEFAULT_MAX_BYTES)).isEqualTo("10 MB");
    }

    @Test
    void refusesFilesThatAreAllBoilerplate() throws Exception {
        assertThatThrownBy(() -> reader.read(write("c.txt", "Title here\n\nLeave a Comment", StandardCharsets.UTF_8)))
                .hasMessage("no article text after removing boilerplate");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"))).hasMessageStartingWith("file not found");
    }

    @Test
    void readsHtmlTextOnlyWithMetadata() throws Exception {
        String html = """
                <!doctype html><html><head>
                <title>Storm hits coast | Example News</title>
                <meta property="og:title" content="Storm hits the coast | Example News">
                <meta name="author" content="Jane Doe">
                <meta property="article:published_time" content="2022-07-19T10:15:00+03:00">
                <link rel="canonical" href="https://news.example.com/storm">
                <script>alert('x')</script><style>p { color: red }</style>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header><h1>Storm hits the coast</h1></header>
                <article>
                  <h1>Storm hits the coast</h1>
                  <p onclick="steal()">The storm reached the <b>coast</b> at dawn.</p>
                  <figure><img src="a.jpg"><figcaption>Waves at dawn. Photo: AP</figcaption></figure>
                  <iframe src="https://ads.example.com"></iframe>
                  <h2>Damage</h2>
                  <p>Roofs were torn off &amp; roads closed.<script>document.write('x')</script></p>
                  <aside>Most read</aside>
                </article>
                <footer>© Example News</footer>
                </body></html>
                """;
        ArticleContent article = reader.read(write("storm.HTML", html, StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(article.text()).isEqualTo(
                "The storm reached the coast at dawn.\n\nDamage\n\nRoofs were torn off & roads closed.");
        assertThat(article.lead()).isEqualTo("The storm reached the coast at dawn.");
        assertThat(article.byline()).isEqualTo("Jane Doe");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-07-19T07:15:00Z"));
        assertThat(article.url()).isEqualTo("https://news.example.com/storm");
        assertThat(article.rawText()).isEqualTo(html);
    }

    @Test
    void textOfOnlyControlCharactersIsRefusedWithAReason() throws Exception {
        Path file = write("controls.txt", "&#5;\n&#1;&#7;", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableArticleException.class)
                .hasMessage("no article text (only control characters)");
    }

    @Test
    void aCharacterReferenceToASurrogateBecomesTheReplacementCharacter() throws Exception {
        Path file = write("surrogate.txt", "Flood warning\n\nThe river &#55555; rose &#128512; overnight.",
                StandardCharsets.UTF_8);
        assertThat(reader.read(file).text()).isEqualTo("The river \uFFFD rose \uD83D\uDE00 overnight.");
    }

    @Test
    void htmlRawTextElementsAreNotArticleText() throws Exception {
        String html = "<html><body><p>The river rose overnight.</p>"
                + "<textarea>Comment <b>here</b></textarea><select><option>Sort by date</option></select>"
                + "<xmp><i>markup shown as text</i></xmp><title>Stray <b>title</b></title>"
                + "<p>Schools stayed shut.</p></body></html>";
        ArticleContent article = reader.read(write("river.html", html, StandardCharsets.UTF_8));
        assertThat(article.text()).isEqualTo("The river rose overnight.\n\nSchools stayed shut.");
    }

    @Test
    void htmlFallsBackToTitleElementTimeAndOgUrl() throws Exception {
        String html = "<html><head><title>Rates rise again | Money Daily</title>"
                + "<meta property=\"og:url\" content=\"https://money.example.com/rates\"></head>"
                + "<body><main><time datetime=\"2022-07-19\">19 July</time>"
                + "<p>The central bank raised rates.</p><a rel=\"author\" href=\"/jd\">John Roe</a></main></body></html>";
        ArticleContent article = reader.read(write("rates.htm", html, StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Rates rise again");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-07-19T00:00:00Z"));
        assertThat(article.url()).isEqualTo("https://money.example.com/rates");
        assertThat(article.byline()).isEqualTo("John Roe");
        assertThat(article.text()).contains("The central bank raised rates.").doesNotContain("<");
    }

    @Test
    void leadIsTrimmedAtAWord() {
        String lead = ArticleFileReader.trimToWord("word ".repeat(100).strip(), ArticleFileReader.MAX_LEAD_CHARS);
        assertThat(lead).hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_LEAD_CHARS).endsWith("word…");
    }

    @Test
    void keepsUtf8WithADamagedByteAndMarksOnlyThatCharacter() throws Exception {
        byte[] bytes = ARTICLE.replace("said", "saidé").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = '!'; // é is C3 A9; its continuation byte is replaced
        ArticleContent article = reader.read(write("damaged.txt", bytes));
        assertThat(article.title()).isEqualTo("Café owners protest tax");
        assertThat(article.text()).contains("£40", "said\uFFFD!");
    }

    @Test
    void refusesHighBytesThatAreNoLatinText() throws Exception {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xC0 + (i * 7) % 0x40);
        }
        assertThatThrownBy(() -> reader.read(write("garbage.txt", bytes)))
                .hasMessageStartingWith("not valid text in UTF-8 or Windows-1252");
    }

    @Test
    void refusesTextsFarLongerThanANewsArticle() throws Exception {
        String sentence = "Officials said on Monday that the talks would resume next week. ";
        String text = sentence.repeat(ArticleFileReader.MAX_TEXT_CHARS / sentence.length() + 1);
        assertThatThrownBy(() -> reader.read(write("long.txt", text, StandardCharsets.UTF_8)))
                .hasMessageStartingWith("article text too long: 200,").hasMessageContaining("limit 200,000");
        assertThatThrownBy(() -> reader.read(write("long.html", "<p>" + text + "</p>", StandardCharsets.UTF_8)))
                .hasMessageStartingWith("article text too long");
        assertThat(reader.read(write("ok.txt", text.substring(0, 150_000), StandardCharsets.UTF_8)).text())
                .hasSizeGreaterThan(140_000);
    }

    @Test
    void cutsTitlesAndBylinesToWhatTheDatabaseHolds() throws Exception {
        String html = "<html><head><meta property=\"og:title\" content=\"" + "Very long headline ".repeat(60)
                + "\"><meta name=\"author\" content=\"" + "Jane Doe and ".repeat(60) + "John Roe\"></head>"
                + "<body><p>The central bank raised rates.</p></body></html>";
        ArticleContent article = reader.read(write("long-title.html", html, StandardCharsets.UTF_8));
        assertThat(article.title()).hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_TITLE_CHARS).endsWith("…");
        assertThat(article.byline()).hasSizeLessThanOrEqualTo(ArticleFileReader.MAX_BYLINE_CHARS).endsWith("…");
    }

    @Test
    void readsHtmlNestedTenThousandLevelsDeep() throws Exception {
        String html = "<title>Deep page</title>" + "<div>".repeat(10_000) + "<p>The story is at the bottom.</p>"
                + "</div>".repeat(10_000);
        ArticleContent article = reader.read(write("deep.html", html, StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Deep page");
        assertThat(article.text()).isEqualTo("The story is at the bottom.");
    }

    @Test
    void describesInputOutputFailuresInWordsWithoutThePath() {
        assertThat(ArticleFileReader.describe(new AccessDeniedException("/corpus/a.txt")))
                .isEqualTo("cannot read file: permission denied");
        assertThat(ArticleFileReader.describe(new NoSuchFileException("/corpus/a.txt")))
                .startsWith("file not found");
        assertThat(ArticleFileReader.describe(new FileSystemException("/corpus/a.txt", null, "Input/output error")))
                .isEqualTo("cannot read file: Input/output error");
    }

    // Found by HtmlArticleParserFuzzTests: C1 controls (U+0080-U+009F) stayed in the text, and page metadata kept its
    // line breaks and controls.
    @Test
    void dropsControlCharactersAndLineBreaksFromTextAndMetadata() throws Exception {
        String html = "<html><head><meta property=\"og:title\" content=\"Rates\nrise\u0007 again\">"
                + "<meta name=\"author\" content=\" Jane\r\nDoe \"></head>"
                + "<body><p>The central\u0082 bank raised rates.</p></body></html>";
        ArticleContent article = reader.read(write("controls.html", html, StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Rates rise again");
        assertThat(article.byline()).isEqualTo("Jane Doe");
        assertThat(article.text()).isEqualTo("The central bank raised rates.");
    }

    @Test
    void cutsLongTitlesWithoutSplittingACharacter() {
        // 299 characters would end inside the 150th emoji.
        String cut = ArticleFileReader.trimToWord("\uD83D\uDE00".repeat(200), 300);
        assertThat(cut).isEqualTo("\uD83D\uDE00".repeat(149) + "…");
    }
}
