package org.newsbrowser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsbrowser.extract.CountryGazetteer;

class ConllColumnsCorpusTests {

    /** Invented sentences in CoNLL columns. */
    private static final List<String> COLUMNS = List.of(
            "-DOCSTART- -X- O O", "",
            "SOCCER NN I-NP O", "- : O O", "ARSENAL NNP I-NP I-ORG", "WIN VB I-VP O", "", 
            "LONDON NNP I-NP I-LOC", "1996-08-30 CD I-NP O", "",
            "Australian JJ I-NP I-MISC", "coach NN I-NP O", "John NNP I-NP I-PER", "Doe NNP I-NP I-PER",
            "said VBD I-VP O", "\" \" O O", "we PRP I-NP O", "won VBD I-VP O", ", , O O", "\" \" O O",
            "and CC O O", "Smith NNP I-NP I-PER", "Jones NNP I-NP B-PER", "'s POS B-NP O", "fans NNS I-NP O",
            "paid VBD I-VP O", "$ $ I-NP O", "10 CD I-NP O", "( ( O O", "West NNP I-NP I-MISC",
            "Indian NNP I-NP I-MISC", ") ) O O", ". . O O", "",
            "-DOCSTART- -X- O O", "",
            "PARIS NNP I-NP I-LOC", "", "Some DT O O", "text NN O O", ". . O O");

    @Test
    void convertsDocumentsLikeTestaDocs() {
        List<List<List<ConllColumnsCorpus.Token>>> docs = ConllColumnsCorpus.parse(COLUMNS);
        assertThat(docs).hasSize(2);
        ConllColumnsCorpus.Converted first = ConllColumnsCorpus.convert(docs.get(0));
        assertThat(first.text()).isEqualTo("SOCCER - ARSENAL WIN\n\nLONDON 1996-08-30\n"
                + "Australian coach John Doe said \"we won,\" and Smith Jones's fans paid $10 (West Indian).\n");
        assertThat(first.entities().get("PER")).containsExactly("John Doe", "Smith", "Jones");
        assertThat(first.entities().get("ORG")).containsExactly("ARSENAL");
        assertThat(first.entities().get("LOC")).containsExactly("LONDON");
        assertThat(first.entities().get("MISC")).containsExactly("Australian", "West Indian");
    }

    @Test
    void demonymsOfCountriesGiveTheWithDemonymsGold() {
        List<EvalDocument> docs = ConllColumnsCorpus.load(write(COLUMNS), "t", CountryGazetteer.load());
        assertThat(docs.get(0).countries()).containsExactly("GB");
        assertThat(docs.get(0).demonymCountries()).containsExactly("AU");
        assertThat(docs.get(0).countriesWithDemonyms()).containsExactly("GB", "AU");
        assertThat(docs.get(1).id()).isEqualTo("t_0002");
    }

    /** The conversion reproduces testa_docs from testa.txt (when the shared corpora are present). */
    @Test
    void reproducesTestaDocs() throws IOException {
        Path corpora = Path.of("../shared/corpora/conll2003");
        Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("testa_docs")));
        List<List<List<ConllColumnsCorpus.Token>>> docs = ConllColumnsCorpus.read(corpora.resolve("testa.txt"));
        assertThat(docs).hasSize(216);
        int same = 0;
        for (int i = 0; i < docs.size(); i++) {
            String expected = Files.readString(corpora.resolve(String.format("testa_docs/testa_%04d.txt", i + 1)),
                    StandardCharsets.UTF_8);
            same += ConllColumnsCorpus.convert(docs.get(i)).text().equals(expected) ? 1 : 0;
        }
        assertThat(same).isGreaterThanOrEqualTo(205);
    }

    private static Path write(List<String> lines) {
        try {
            Path file = Files.createTempFile("conll", ".txt");
            Files.write(file, lines, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
