package org.newsbrowser.curation;

import java.security.Principal;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who took a curation action: the name typed in the form, else the authenticated principal, else "anonymous" (the
 * app has no login), and the address the request came from.
 */
public record Curator(String name, String address) {

    public static final String ANONYMOUS = "anonymous";
    static final int MAX_NAME = 100;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The curator of a request; 400 when the typed name is too long or has control characters. */
    public static Curator of(String typed, Principal principal, String address) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            name = principal != null ? principal.getName() : ANONYMOUS;
        }
        if (name.length() > MAX_NAME || CONTROL.matcher(name).find()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "curator must be a name of at most " + MAX_NAME + " characters on one line");
        }
        return new Curator(name, address);
    }
}
