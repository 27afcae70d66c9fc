package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crimeledger.DatabaseTest;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.NewAuditPlan;
import org.crimeledger.audit.SampleItem;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.rules.RuleSettings;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A force that keeps another records system (issue 5, item 2): a generated interchange extract is imported, and the
 * audit draws its sample from the imported incidents, the rules catalogue runs over them and the integrity indicators
 * count them — each figure checked against what the generator wrote.
 */
@DatabaseTest
class AnotherRecordsSystemTests {

    private static final YearMonth AS_OF = YearMonth.of(2026, 4);
    private static final Instant FIRST_REPORT = Instant.parse("2025-05-02T08:00:00Z");

    @Autowired
    InterchangeImport importer;

    @Autowired
    ImportedExtractRules rules;

    @Autowired
    AuditPlans audits;

    @Autowired
    IntegrityChecks integrity;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    /** What the generator wrote, to check the features' figures against. */
    private record Written(Set<String> crimeRelated, Set<String> rape, int decisions, int late, int crimes,
                           int cancelled) {
    }

    @Test
    void anImportedExtractIsAuditedCheckedByTheRulesAndCountedByTheIndicators() throws IOException {
        Written written = generate(folder, 240, new Random(20260427L));
        assertThat(written.late()).as("the generator wrote late decisions").isPositive();
        assertThat(written.cancelled()).as("and cancellations").isPositive();
        assertThat(written.rape()).as("and rapes").isNotEmpty();
        // one incident more with a reference of this run (not crime-related, so no figure below changes): the plans
        // below sample the extract, so it cannot be forgotten and imported again on a database that keeps earlier runs
        Files.writeString(folder.resolve("incidents.csv"), "EXT-" + java.util.UUID.randomUUID()
                + ",2025-06-01T10:00:00Z,false,VICTIM,,\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        ExtractImport imported = importer.importExtract(folder, "test", ImportProgress.NONE);
        assertThat(imported.status()).isEqualTo(ExtractImport.Status.LOADED);
        assertThat(imported.rowsLeftOut()).isZero();
        long importId = imported.importId();

        // the rules: every late decision is found, at its line in decisions.csv
        Map<String, Long> byCode = rules.check(importId, RuleSettings.defaults(Instant.parse("2026-05-15T00:00:00Z")));
        assertThat(byCode.get("CRR-TIME-001")).isEqualTo((long) written.late());
        assertThat(jdbc.sql("select count(*) from interchange_import_finding where import_id = :id "
                + "and code = 'CRR-TIME-001' and file_name = 'decisions.csv' and line > 1").param("id", importId)
                .query(Long.class).single()).isEqualTo(written.late());

        // the audit: the population is the extract's crime-related incidents, the sample is drawn from them
        NewAuditPlan request = new NewAuditPlan("Imported extract, crime-related", AuditPopulation.CRIME_RELATED_INCIDENTS,
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), false, 0.08, 0.85, 0.95, 1.0, 1.0, 42L, null,
                importId);
        AuditPlan plan = audits.create(request, auditor());
        assertThat(plan.extractImportId()).isEqualTo(importId);
        assertThat(plan.populationIncidents()).isEqualTo(written.crimeRelated().size());
        List<SampleItem> sample = audits.sample(plan.id());
        assertThat(sample).hasSize(plan.sampleSize()).isNotEmpty();
        assertThat(plan.sampleSize()).isLessThan(written.crimeRelated().size());
        assertThat(sample).allSatisfy(item -> {
            assertThat(written.crimeRelated()).contains(item.incidentReference());
            assertThat(item.openingType()).isEqualTo("CRIME_RELATED");
        });
        assertThat(sample.stream().map(SampleItem::incidentReference).distinct()).hasSize(sample.size());
        List<String> again = audits.sample(audits.create(request, auditor()).id()).stream()
                .map(SampleItem::incidentReference).toList();
        assertThat(again).as("the same seed over the same extract draws the same incidents")
                .isEqualTo(sample.stream().map(SampleItem::incidentReference).toList());

        AuditPlan rapes = audits.create(new NewAuditPlan("Imported extract, N100 and rape", AuditPopulation.N100_AND_RAPE,
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), true, 0.2, 0.85, 0.95, 1.0, 1.0, 7L, null, importId),
                auditor());
        assertThat(rapes.populationIncidents()).isEqualTo(written.rape().size());
        assertThat(rapes.strata()).extracting(AuditPlan.Stratum::code).containsExactly("sexual-offences");
        assertThatThrownBy(() -> audits.create(new NewAuditPlan("No teams", AuditPopulation.VULNERABLE_PEOPLE_UNIT,
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), false, 0.08, 0.85, 0.95, 1.0, 1.0, 1L, null,
                importId), auditor())).isInstanceOf(InvalidRequestException.class).hasMessageContaining("imported extract");

        // the integrity indicators: the extract is one unit, counted over the twelve months to April 2026
        IntegrityReport report = integrity.runOnImport(importId, AS_OF);
        IndicatorView late = report.indicator(Indicator.LATE_DECISIONS);
        assertThat(late.events()).isEqualTo(written.late());
        assertThat(late.trials()).isEqualTo(written.decisions());
        assertThat(late.teams()).extracting(line -> line.unit()).containsExactly("extract");
        assertThat(report.indicator(Indicator.RECORDED_CRIME).events()).isEqualTo(written.crimes());
        assertThat(report.indicator(Indicator.CANCELLATIONS).events()).isEqualTo(written.cancelled());
        assertThat(report.indicator(Indicator.CANCELLATIONS).trials()).isEqualTo(written.crimes());
    }

    private static Actor auditor() {
        return Actor.system("auditor", Role.AUDITOR);
    }

    /**
     * Writes an extract of {@code n} incidents spread over May 2025 to April 2026: four in five crime-related, most
     * decided within hours and some a day and more late, some decided as no crime; a crime per recorded incident,
     * a few of them rapes, some cancelled (C4) and some given a caution.
     */
    static Written generate(Path folder, int n, Random random) throws IOException {
        StringBuilder incidents = new StringBuilder("incident_ref,received_at,crime_related,reporter_relation,"
                + "reported_classification,closed_at\n");
        StringBuilder decisions = new StringBuilder("incident_ref,kind,no_crime_reason,explanation,n100_subcode,"
                + "transfer_force,decided_at\n");
        StringBuilder victims = new StringBuilder("victim_id,incident_ref,person_key,date_of_birth\n");
        StringBuilder crimes = new StringBuilder("crime_ref,incident_ref,classification,victim_ids,offender_group,"
                + "offence_from,offence_to,reported_at,recorded_at,status,flags,relationship,named_suspect,"
                + "suspect_date_of_birth,mode_of_trial\n");
        StringBuilder outcomes = new StringBuilder("outcome_ref,crime_ref,type,outcome_at,authorised_rank,"
                + "suspect_previous_offences\n");
        StringBuilder cancellations = new StringBuilder("cancellation_ref,crime_ref,class,additional_information,"
                + "decided_by,target_force,target_force_reference,duplicate_of,victim_told_at,decided_at,status\n");
        Set<String> crimeRelated = new java.util.TreeSet<>();
        Set<String> rape = new java.util.TreeSet<>();
        int decided = 0;
        int late = 0;
        int crimeCount = 0;
        int cancelled = 0;
        long spacing = ChronoUnit.MINUTES.between(FIRST_REPORT, Instant.parse("2026-04-20T08:00:00Z")) / n;
        for (int k = 1; k <= n; k++) {
            String incident = "EXT-" + k;
            Instant received = FIRST_REPORT.plus(spacing * (k - 1), ChronoUnit.MINUTES);
            boolean related = k % 5 != 0;
            boolean isRape = related && k % 17 == 0;
            incidents.append(incident).append(',').append(received).append(',').append(related).append(",VICTIM,")
                    .append(isRape ? "19C" : "").append(',').append(received.plus(5, ChronoUnit.DAYS)).append('\n');
            if (!related) {
                continue;
            }
            crimeRelated.add(incident);
            victims.append("V1,").append(incident).append(",P").append(k).append(",1980-01-01\n");
            boolean isLate = random.nextDouble() < 0.2;
            Instant at = received.plus(isLate ? 30 + random.nextInt(20) : 1 + random.nextInt(20), ChronoUnit.HOURS);
            decided++;
            late += isLate ? 1 : 0;
            if (!isRape && random.nextDouble() < 0.15) {
                decisions.append(incident).append(",NO_CRIME,NOT_A_CRIME_IN_LAW,\"No offence in law: the words were "
                        + "not threatening, as the reporter agreed.\",,,").append(at).append('\n');
                continue;
            }
            decisions.append(incident).append(",CRIMES_RECORDED,,,,,").append(at).append('\n');
            if (isRape) {
                rape.add(incident);
            }
            String crime = "CR-" + k;
            crimeCount++;
            boolean cancel = random.nextDouble() < 0.08;
            crimes.append(crime).append(',').append(incident).append(',').append(isRape ? "19C" : "8N")
                    .append(",V1,,,,").append(received).append(',').append(at).append(',')
                    .append(cancel ? "CANCELLED" : "RECORDED").append(",,,false,,")
                    .append(isRape ? "INDICTABLE_ONLY" : "EITHER_WAY").append('\n');
            if (cancel) {
                cancelled++;
                Instant cancelledAt = at.plus(3, ChronoUnit.DAYS);
                cancellations.append("CAN-").append(k).append(',').append(crime).append(",C4,\"Recorded in error: the "
                        + "same assault was recorded twice by the control room.\",FCR,,,,").append(cancelledAt.minus(1,
                        ChronoUnit.DAYS)).append(',').append(cancelledAt).append(",APPROVED\n");
            } else if (random.nextDouble() < 0.2) {
                outcomes.append("OUT-").append(k).append(',').append(crime).append(",3,")
                        .append(at.plus(10, ChronoUnit.DAYS)).append(",SERGEANT,0\n");
            }
        }
        Files.writeString(folder.resolve("incidents.csv"), incidents);
        Files.writeString(folder.resolve("decisions.csv"), decisions);
        Files.writeString(folder.resolve("victims.csv"), victims);
        Files.writeString(folder.resolve("crimes.csv"), crimes);
        Files.writeString(folder.resolve("outcomes.csv"), outcomes);
        Files.writeString(folder.resolve("cancellations.csv"), cancellations);
        return new Written(crimeRelated, rape, decided, late, crimeCount, cancelled);
    }
}
