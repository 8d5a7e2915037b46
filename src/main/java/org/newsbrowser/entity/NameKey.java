package org.newsbrowser.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a name for matching, so "Erdoğan" and "Erdogan", or "NATO" and "Nato", find one entity. */
public final class NameKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('ı', 'i')
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
