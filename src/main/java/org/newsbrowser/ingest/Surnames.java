package org.newsbrowser.ingest;

import java.util.regex.Pattern;

/** The surname of a folded person name, as used to match a surname-only mention: "bashar al-assad" -> "assad". */
final class Surnames {

    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el|ul)-");

    private Surnames() {
    }

    static String of(String nameKey) {
        String last = nameKey.substring(nameKey.lastIndexOf(' ') + 1);
        return ARABIC_ARTICLE.matcher(last).replaceFirst("");
    }
}
