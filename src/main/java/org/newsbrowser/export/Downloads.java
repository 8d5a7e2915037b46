package org.newsbrowser.export;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The headers of a file download. */
public final class Downloads {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    /** Marks the response as a file to save under the given name, of the given type, in UTF-8. */
    public static void start(HttpServletResponse response, MediaType type, String filename) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
    }
}
