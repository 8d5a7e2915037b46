package org.newsbrowser.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules of the Reuters-21578 SGML files, shared by the ingest reader ({@link ReutersSgmlSource}) and the
 * extraction evaluation: SGML entities and control characters, and paragraphs hard-wrapped at 70 columns.
 */
public final class ReutersSgml {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|lt|gt|amp|quot|apos);");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");

    private ReutersSgml() {
    }

    /** Decodes the SGML entities the collection uses and drops control characters ({@code &#3;}, {@code &#2;}). */
    public static String decode(String s) {
        String decoded = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> new String(Character.toChars(Integer.parseInt(m.group(1).substring(1))));
        }));
        return CONTROLS.matcher(decoded).replaceAll("");
    }

    /** Paragraphs of a hard-wrapped body: an indented line starts a new one; the rest are joined with spaces. */
    public static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n")) {
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if ((indented || line.isBlank()) && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (!line.isBlank()) {
                current.append(current.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
