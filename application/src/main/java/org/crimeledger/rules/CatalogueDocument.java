package org.crimeledger.rules;

import java.util.List;

/** Writes the catalogue as Markdown: {@code docs/rules.md} is this text, and a test fails when they differ. */
public final class CatalogueDocument {

    private CatalogueDocument() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        List<RuleDefinition> rules = RuleCatalogue.definitions();
        out.append("# Crime Recording Rules catalogue\n\n")
                .append("Generated from `org.crimeledger.rules.RuleCatalogue` by `CatalogueDocument.markdown()`;")
                .append(" `CatalogueDocumentTests` fails when this file is stale (regenerate with\n")
                .append("`./mvnw test -Dtest=CatalogueDocumentTests -Dcrimeledger.write-docs=true`). ")
                .append(rules.size()).append(" rules.\n\n")
                .append("Severity: **ERROR** blocks the record at entry, **WARNING** asks for a reason that is kept,")
                .append(" **INFO** is for auditors. Verification: [S] stated in the primary text, [K] consistent with")
                .append(" it but the primary wording unread, [D] derived (see `domain.md`). Periods are by the day the")
                .append(" report was received. References: CRR26 = Crime Recording Rules 2026/27, OUT26 = Outcomes")
                .append(" guidance 2026, NOL26 = Notifiable Offence List 2026-27.\n\n");
        for (RuleFamily family : RuleFamily.values()) {
            out.append("## ").append(family.title()).append("\n\n").append(family.reasoning()).append("\n\n")
                    .append("| code | severity | rule | applies | verified | reference |\n|---|---|---|---|---|---|\n");
            rules.stream().filter(rule -> rule.family() == family).forEach(rule -> out.append("| `").append(rule.code())
                    .append("` | ").append(rule.severity()).append(" | ").append(rule.title()).append(" | ")
                    .append(rule.period()).append(" | ").append(rule.verification().tag()).append(" | ")
                    .append(rule.reference()).append(" |\n"));
            out.append('\n');
            rules.stream().filter(rule -> rule.family() == family).forEach(rule -> out.append("- `").append(rule.code())
                    .append("` officer: ").append(rule.officerMessage()).append(" Auditor: ")
                    .append(rule.auditorMessage()).append('\n'));
            out.append('\n');
        }
        out.append("## Not checkable\n\nRules the system cannot check with the data it holds, and why.\n\n")
                .append("| rule | why not | reference |\n|---|---|---|\n");
        for (NotCheckable rule : NotCheckable.values()) {
            out.append("| ").append(rule.rule()).append(" | ").append(rule.why()).append(" | ").append(rule.reference())
                    .append(" |\n");
        }
        return out.toString();
    }
}
