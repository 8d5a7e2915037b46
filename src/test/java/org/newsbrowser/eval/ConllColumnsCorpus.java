package org.newsbrowser.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrowser.extract.CountryGazetteer;

/**
 * A CoNLL-2003 file in its original columns ({@code token POS chunk NER}, IOB1 tags, {@code -DOCSTART-} between
 * documents), converted the way {@code testa_docs/} was made from {@code testa.txt}: each sentence detokenized on
 * its own line, the first sentence (the headline) followed by a blank line; gold entities are the distinct
 * detokenized PER, ORG, LOC and MISC strings of the document. Used for {@code train.txt}, the tuning set.
 *
 * <p>The detokenizer reproduces {@code testa_docs/} for 209 of its 216 documents; the rest differ only in the
 * spacing around some quotation marks.
 */
public final class ConllColumnsCorpus {

    private ConllColumnsCorpus() {
    }

    /** One token and its NER tag. */
    record Token(String text, String tag) {
    }

    /** A converted document: its text and distinct entity strings by CoNLL type (PER, ORG, LOC, MISC). */
    record Converted(String text, Map<String, Set<String>> entities) {
    }

    public static List<EvalDocument> load(Path file, String idPrefix, CountryGazetteer gazetteer) {
        List<EvalDocument> docs = new ArrayList<>();
        List<List<List<Token>>> raw = read(file);
        for (int i = 0; i < raw.size(); i++) {
            Converted c = convert(raw.get(i));
            docs.add(ConllTestaCorpus.document(String.format("%s_%04d", idPrefix, i + 1), c.text(),
                    List.copyOf(c.entities().get("PER")), List.copyOf(c.entities().get("ORG")),
                    List.copyOf(c.entities().get("LOC")), List.copyOf(c.entities().get("MISC")), gazetteer));
        }
        return docs;
    }

    /** Documents, each a list of sentences of tokens. */
    static List<List<List<Token>>> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<List<Token>>> parse(List<String> lines) {
        List<List<List<Token>>> docs = new ArrayList<>();
        List<List<Token>> doc = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-") || line.isBlank()) {
                if (!sentence.isEmpty()) {
                    doc.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (line.startsWith("-DOCSTART-") && !doc.isEmpty()) {
                    docs.add(doc);
                    doc = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.strip().split(" ");
            sentence.add(new Token(columns[0], columns[columns.length - 1]));
        }
        if (!sentence.isEmpty()) {
            doc.add(sentence);
        }
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return docs;
    }

    static Converted convert(List<List<Token>> sentences) {
        StringBuilder text = new StringBuilder();
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            entities.put(type, new LinkedHashSet<>());
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            text.append(detokenize(sentence.stream().map(Token::text).toList()));
            text.append(s == 0 ? "\n\n" : "\n");
            collectEntities(sentence, entities);
        }
        return new Converted(text.toString(), entities);
    }

    /** IOB1: I-X continues a run of X, B-X starts a new one next to another X. */
    private static void collectEntities(List<Token> sentence, Map<String, Set<String>> entities) {
        List<String> run = new ArrayList<>();
        String type = null;
        for (Token token : sentence) {
            String tag = token.tag();
            String tokenType = tag.length() > 2 ? tag.substring(2) : null;
            boolean continues = tokenType != null && tokenType.equals(type) && !tag.startsWith("B-");
            if (!continues && type != null) {
                entities.get(type).add(detokenize(run));
                run.clear();
            }
            type = tokenType;
            if (tokenType != null) {
                run.add(token.text());
            }
        }
        if (type != null) {
            entities.get(type).add(detokenize(run));
        }
    }

    private static final Set<String> ATTACH_LEFT = Set.of(",", ".", ";", ":", "!", "?", ")", "%", "n't", "'s", "'re",
            "'ve", "'ll", "'d", "'m", "'S", "...");
    private static final Set<String> ENDS_CLAUSE = Set.of(",", ".", "!", "?");

    /**
     * Tokens to text: punctuation and clitics attach to the previous word, brackets and "$" to the next; double
     * quotes alternate opening and closing, a quote after a comma or full stop or ending the sentence closes; a
     * single quote after a word ending in "s" is a possessive.
     */
    static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        int quotes = 0;
        boolean glueNext = true;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean space = !glueNext && !ATTACH_LEFT.contains(t);
            glueNext = false;
            if (t.equals("\"")) {
                if (quotes % 2 == 1 || i == tokens.size() - 1 || i > 0 && ENDS_CLAUSE.contains(tokens.get(i - 1))) {
                    space = false;
                } else {
                    glueNext = true;
                }
                quotes++;
            } else if (t.equals("'")) {
                if (i > 0 && tokens.get(i - 1).endsWith("s")) {
                    space = false;
                } else {
                    glueNext = true;
                }
            } else if (t.equals("(") || t.equals("$")) {
                glueNext = true;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }
}
