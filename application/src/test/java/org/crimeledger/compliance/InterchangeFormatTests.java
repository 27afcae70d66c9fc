package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code docs/interchange.md} documents every file, column, code and format check the code defines. */
class InterchangeFormatTests {

    @Test
    void theFormatDocumentNamesEveryFileColumnTypeAndCode() throws IOException {
        String doc = Files.readString(Path.of("docs", "interchange.md"));
        for (InterchangeFile file : InterchangeFile.values()) {
            assertThat(doc).contains("## " + file.fileName());
            String section = doc.substring(doc.indexOf("## " + file.fileName()));
            for (InterchangeFile.Column column : file.columns()) {
                assertThat(section).as(file.fileName() + " " + column.name())
                        .contains("| `" + column.name() + "` | " + column.type() + " | " + (column.required() ? "yes" : "no"));
            }
        }
        InterchangeCodes.BY_COLUMN.values().forEach(codes -> codes.forEach(code -> assertThat(doc).contains(code)));
        for (ExtractFormat format : ExtractFormat.values()) {
            assertThat(doc).contains("`" + format.code() + "`");
        }
    }
}
