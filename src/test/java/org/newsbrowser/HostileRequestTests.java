package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or careless client sends, through the real server (Tomcat's own checks included): every answer is
 * a 4xx with a message in words, or 200 for the health check, never a 500 and never a stack trace or an exception
 * name; nothing on disk but the static assets is reachable; the H2 console and actuator endpoints other than health
 * are off.
 */
class HostileRequestTests extends SeedCorpusTestSupport {

    private static final List<String> ACCEPTS = List.of("text/html", "application/json");
    private static final String LONG = "A".repeat(10_000);

    @Test
    void badParametersAreClientErrorsWithAMessage() throws Exception {
        List<String> problems = new ArrayList<>();
        expect(problems, "/api/articles?page=-1", 400, "page must be 0 or more");
        expect(problems, "/?page=-1", 400, "page must be 0 or more");
        expect(problems, "/api/articles?size=1000000", 400, "size must be between 1 and 100");
        expect(problems, "/?size=1000000", 400, "size must be between 1 and 100");
        expect(problems, "/api/articles?size=0", 400, "size must be between 1 and 100");
        expect(problems, "/api/articles?page=abc", 400, "page must be a number");
        expect(problems, "/api/articles?page=99999999999", 400, "page must be a number");
        expect(problems, "/articles/abc", 400, "must be a number");
        expect(problems, "/articles/1.5", 400, "must be a number");
        expect(problems, "/articles/99999999999999999999", 400, "must be a number");
        expect(problems, "/articles/-1", 404, "No article with id -1");
        expect(problems, "/api/articles/abc", 400, "must be a number");
        expect(problems, "/api/people/abc", 400, "Person id must be a number");
        expect(problems, "/topics/abc", 400, "must be a number");
        expect(problems, "/countries/ZZ", 404, "No country ZZ");
        expect(problems, "/api/articles?country=ZZ", 400, "no article mentions a country with code ZZ");
        expect(problems, "/api/articles?country=XYZ", 400, "two-letter ISO 3166 code");
        expect(problems, "/?country=XYZ", 400, "two-letter ISO 3166 code");
        expect(problems, "/api/articles?sort=sideways", 400, "sort must be");
        expect(problems, "/api/articles?" + "person=1&".repeat(11), 400, "at most 10 people");
        // A long value that Tomcat still accepts (its request header limit is 8 KB) reaches the validation.
        expect(problems, "/api/articles?country=" + "A".repeat(7_000), 400, "two-letter ISO 3166 code");
        assertThat(problems).isEmpty();
    }

    @Test
    void injectionAttemptsInFiltersAreRefusedAndChangeNothing() throws Exception {
        long articles = json("/api/articles", "$.page.totalElements") instanceof Number n ? n.longValue() : -1;
        List<String> problems = new ArrayList<>();
        expect(problems, "/api/articles?country=" + encode("IR' OR '1'='1"), 400, "two-letter ISO 3166 code");
        expect(problems, "/?country=" + encode("IR' OR '1'='1"), 400, "two-letter ISO 3166 code");
        expect(problems, "/api/articles?country=" + encode("I'"), 400, "country");
        expect(problems, "/api/articles?person=" + encode("1;drop table article"), 400, "person must be a number");
        expect(problems, "/?person=" + encode("1;drop table article"), 400, "person must be a number");
        expect(problems, "/api/articles?person=" + encode("1 OR 1=1"), 400, "person must be a number");
        expect(problems, "/api/articles?topic=" + encode("1) or (1=1"), 400, "topic must be a number");
        expect(problems, "/api/articles?organization=" + encode("0 union select 1"), 400,
                "organization must be a number");
        expect(problems, "/api/articles?sort=" + encode("title; delete from article"), 400, "sort must be");
        expect(problems, "/countries/" + encode("IR' OR '1'='1"), 404, "");
        expect(problems, "/people/" + encode("1 or 1=1"), 400, "must be a number");
        assertThat(problems).isEmpty();
        assertThat(((Number) json("/api/articles", "$.page.totalElements")).longValue()).isEqualTo(articles)
                .isEqualTo(5);
    }

    @Test
    void tenThousandCharacterQueryStringsAreRefusedWithoutATrace() throws Exception {
        List<String> problems = new ArrayList<>();
        // Beyond Tomcat's 8 KB request header limit: Tomcat itself answers 400 before the app sees the request.
        expect(problems, "/api/articles?country=" + LONG, 400, "");
        expect(problems, "/?x=" + LONG, 400, "");
        expect(problems, "/api/articles?person=" + "9".repeat(10_000), 400, "");
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingOnDiskButStaticAssetsIsReachable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/../../etc/passwd", "/css/../../application.properties",
                "/css/..%2f..%2fapplication.properties", "/css/..%2F..%2Fapplication.properties", "/%2e%2e/",
                "/%2e%2e/%2e%2e/etc/passwd", "/css/%2e%2e/%2e%2e/application.properties",
                "/..;/application.properties", "/css/..%5c..%5capplication.properties", "/%00", "/css/%00.css",
                "/application.properties", "/classpath:application.properties", "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF", "/org/newsbrowser/NewsbrowserApplication.class",
                "/db/migration/V1__schema.sql", "/templates/error.html", "/data/newsbrowser.mv.db",
                "/seeds/000_c2ccb541e6414dc3.txt", "/file:/etc/passwd", "/css/file:%2F%2F%2Fetc%2Fpasswd")) {
            expectRaw(problems, path, status -> status == 400 || status == 404);
        }
        assertThat(problems).isEmpty();
        HttpResponse<String> css = fetch("/css/newsbrowser.css", "text/css");
        assertThat(css.statusCode()).as("the app's own stylesheet").isEqualTo(200);
    }

    @Test
    void consoleAndActuatorEndpointsOtherThanHealthAreOff() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.jsp", "/actuator/env",
                "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/threaddump",
                "/actuator/loggers", "/actuator/mappings", "/actuator/metrics", "/actuator/shutdown",
                "/actuator/env/spring.datasource.password")) {
            expect(problems, path, 404, "");
        }
        assertThat(problems).isEmpty();
        HttpResponse<String> health = fetch("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")
                .as("no details");
    }

    private void expect(List<String> problems, String uri, int status, String message) throws Exception {
        for (String accept : ACCEPTS) {
            HttpResponse<String> response = fetch(uri, accept);
            String what = abbreviate(uri) + " as " + accept;
            if (response.statusCode() != status) {
                problems.add(what + ": status " + response.statusCode() + ", expected " + status + ": "
                        + abbreviate(response.body()));
            } else if (!response.body().contains(message)) {
                problems.add(what + ": body lacks '" + message + "': " + abbreviate(response.body()));
            }
            checkNoTrace(problems, what, response.body());
        }
    }

    /**
     * Sends the path exactly as written, over a plain socket: HTTP clients normalise "..", and some refuse "%00",
     * before the request leaves.
     */
    private void expectRaw(List<String> problems, String path, java.util.function.IntPredicate statusOk)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            if (!statusOk.test(status)) {
                problems.add(path + ": status " + status + ": " + abbreviate(response));
            }
            checkNoTrace(problems, path, response);
            if (response.contains("root:x:0") || response.contains("spring.datasource")
                    || response.contains("create table")) {
                problems.add(path + ": leaked a file: " + abbreviate(response));
            }
        }
    }

    private static void checkNoTrace(List<String> problems, String what, String body) {
        for (String leak : List.of("Exception", "at org.", "at java.", "trace", "Apache Tomcat")) {
            if (body.contains(leak)) {
                problems.add(what + ": body contains '" + leak + "': " + abbreviate(body));
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
