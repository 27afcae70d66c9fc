package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is generated from the catalogue and must not drift from it. */
class CatalogueDocumentTests {

    private static final Path DOC = Path.of("docs", "rules.md");

    @Test
    void docsRulesMdIsTheCatalogueAsGenerated() throws IOException {
        String generated = CatalogueDocument.markdown();
        if (Boolean.getBoolean("crimeledger.write-docs")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC)).as("docs/rules.md is stale; regenerate it with"
                + " ./mvnw test -Dtest=CatalogueDocumentTests -Dcrimeledger.write-docs=true").isEqualTo(generated);
    }

    @Test
    void everyRuleIsInTheDocumentWithItsReference() {
        String generated = CatalogueDocument.markdown();
        RuleCatalogue.definitions().forEach(rule -> assertThat(generated).contains("`" + rule.code() + "`", rule.reference()));
        assertThat(generated).contains(NotCheckable.CREDIBLE_EVIDENCE_TO_THE_CONTRARY.why());
    }
}
