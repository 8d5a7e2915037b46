package org.newsbrowser.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    private static String write(Object... fields) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndReadsBackUnchanged() {
        String line = write("plain", "a, b", "say \"no\"", "two\nlines", "cr\rhere");
        assertThat(line).isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
        assertThat(CsvReader.parse(line)).containsExactly(List.of("plain", "a, b", "say \"no\"", "two\nlines", "cr\rhere"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(CsvReader.parse(write("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR")))
                .containsExactly(List.of("'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rCR"));
        assertThat(write("a=b", "e-mail", "x@y")).isEqualTo("a=b,e-mail,x@y\r\n");
    }

    @Test
    void numbersAreWrittenAsNumbersAndNullAsAnEmptyField() {
        assertThat(write(-3, 12L, null, "")).isEqualTo("-3,12,,\r\n");
    }
}
