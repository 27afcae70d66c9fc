package org.crimeledger.compliance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.ExtractFormat;
import org.crimeledger.compliance.InterchangeFile;
import org.crimeledger.rules.CancellationRecord;
import org.crimeledger.rules.CrimeRecord;
import org.crimeledger.rules.DecisionRecord;
import org.crimeledger.rules.IncidentRecord;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OutcomeRecord;
import org.crimeledger.rules.ReclassificationRecord;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.RuleSeverity;
import org.crimeledger.rules.VictimRecord;

/**
 * Turns the rows of an extract's files into one record set per incident, remembering each record's file and line so
 * a rule's finding can say where it is. Rows with a format fault, a repeated reference or a reference to nothing are
 * reported and left out. Files must be added in the order of {@link InterchangeFile}.
 */
public final class ExtractAssembly {

    private final Consumer<ExtractFinding> findings;
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<String, Incident> incidentOfCrime = new HashMap<>();
    private final Map<String, Long> rowsRead = new LinkedHashMap<>();
    private final Map<String, Long> rowsLeftOut = new LinkedHashMap<>();

    public ExtractAssembly(Consumer<ExtractFinding> findings) {
        this.findings = findings;
    }

    /** One incident's records, each with the line it came from. */
    public static final class Incident {
        private final IncidentRecord incident;
        private final long line;
        private DecisionRecord decision;
        private long decisionLine;
        private final List<Located<VictimRecord>> victims = new ArrayList<>(1);
        private final List<Located<CrimeRecord>> crimes = new ArrayList<>(1);
        private final List<Located<OutcomeRecord>> outcomes = new ArrayList<>(0);
        private final List<Located<CancellationRecord>> cancellations = new ArrayList<>(0);
        private final List<Located<ReclassificationRecord>> reclassifications = new ArrayList<>(0);

        Incident(IncidentRecord incident, long line) {
            this.incident = incident;
            this.line = line;
        }

        public RecordSet records() {
            return new RecordSet(incident, decision, values(victims), values(crimes), values(outcomes),
                    values(cancellations), values(reclassifications));
        }

        /** The finding placed at the record it is about. */
        public ExtractFinding locate(RuleFinding finding) {
            String reference = finding.recordReference();
            InterchangeFile file;
            long at;
            switch (finding.recordKind()) {
                case "decision" -> { file = InterchangeFile.DECISIONS; at = decisionLine; }
                case "victim" -> { file = InterchangeFile.VICTIMS; at = lineOf(victims, reference, VictimRecord::id); }
                case "crime" -> { file = InterchangeFile.CRIMES; at = lineOf(crimes, reference, CrimeRecord::reference); }
                case "outcome" -> { file = InterchangeFile.OUTCOMES; at = lineOf(outcomes, reference, OutcomeRecord::reference); }
                case "cancellation" -> {
                    file = InterchangeFile.CANCELLATIONS;
                    at = lineOf(cancellations, reference, CancellationRecord::reference);
                }
                case "reclassification" -> {
                    file = InterchangeFile.RECLASSIFICATIONS;
                    at = lineOf(reclassifications, reference, ReclassificationRecord::reference);
                }
                default -> { file = InterchangeFile.INCIDENTS; at = line; }
            }
            return new ExtractFinding(file.fileName(), at, "", reference, finding.code(), finding.severity(),
                    finding.rule().officerMessage() + " " + finding.detail());
        }

        private static <T> long lineOf(List<Located<T>> records, String reference, java.util.function.Function<T, String> key) {
            return records.stream().filter(record -> key.apply(record.value()).equals(reference)).mapToLong(Located::line)
                    .findFirst().orElse(0);
        }

        private static <T> List<T> values(List<Located<T>> located) {
            if (located.isEmpty()) {
                return List.of();
            }
            List<T> values = new ArrayList<>(located.size());
            for (Located<T> one : located) {
                values.add(one.value());
            }
            return values;
        }
    }

    record Located<T>(T value, long line) {
    }

    public List<Incident> incidents() {
        return List.copyOf(incidents.values());
    }

    public Map<String, Long> rowsRead() {
        return rowsRead;
    }

    public Map<String, Long> rowsLeftOut() {
        return rowsLeftOut;
    }

    /**
     * One row read into its record, not yet joined to the others: needs nothing but the row, so the files of an
     * extract can be read side by side. The record is null when the row has a fault.
     *
     * @param key the value of the file's key column as written, for the check of repeats
     * @param id what the findings call the record
     * @param parent the incident or crime reference the row belongs to
     */
    public record Parsed(Place row, String key, String id, String parent, Object record) {
    }

    /** Where a row was and what was wrong with it. */
    public record Place(long line, List<CsvRow.Fault> faults) {
        boolean valid() {
            return faults.isEmpty();
        }
    }

    /** Reads one row into its record; needs nothing else, so several files can be read at once. */
    public static Parsed parse(InterchangeFile file, CsvRow row) {
        String key = row.text(file.key());
        return switch (file) {
            case INCIDENTS -> incident(row, key);
            case DECISIONS -> decision(row, key);
            case VICTIMS -> victim(row, key);
            case CRIMES -> crime(row, key);
            case OUTCOMES -> outcome(row, key);
            case CANCELLATIONS -> cancellation(row, key);
            case RECLASSIFICATIONS -> reclassification(row, key);
        };
    }

    private static Place place(CsvRow row) {
        return new Place(row.line(), row.faults());
    }

    /** Joins one file's rows to the records already added; files must be added in the order of the enum. */
    public void add(InterchangeFile file, List<Parsed> rows) {
        rowsRead.put(file.fileName(), (long) rows.size());
        rowsLeftOut.put(file.fileName(), 0L);
        Set<String> keys = new HashSet<>(Math.max(16, rows.size() * 4 / 3 + 1));
        for (Parsed parsed : rows) {
            Place row = parsed.row();
            String key = parsed.key();
            if (key != null && file != InterchangeFile.VICTIMS && file != InterchangeFile.DECISIONS && !keys.add(key)) {
                leaveOut(file, row, key, ExtractFormat.DUPLICATE_KEY, file.key(), file.key() + " " + key
                        + " appears earlier in the file.");
                continue;
            }
            switch (file) {
                case INCIDENTS -> {
                    if (usable(file, row, parsed.id())) {
                        incidents.put(parsed.id(), new Incident((IncidentRecord) parsed.record(), row.line()));
                    }
                }
                case DECISIONS -> addDecision(parsed);
                case VICTIMS -> addVictim(parsed);
                case CRIMES -> {
                    Incident incident = owner(file, row, parsed.id(), parsed.parent(), incidents.get(parsed.parent()));
                    if (incident != null && parsed.record() != null) {
                        incident.crimes.add(new Located<>((CrimeRecord) parsed.record(), row.line()));
                        incidentOfCrime.put(parsed.id(), incident);
                    }
                }
                case OUTCOMES -> {
                    Incident incident = owner(file, row, parsed.id(), parsed.parent(), incidentOfCrime.get(parsed.parent()));
                    if (incident != null) {
                        incident.outcomes.add(new Located<>((OutcomeRecord) parsed.record(), row.line()));
                    }
                }
                case CANCELLATIONS -> {
                    Incident incident = owner(file, row, parsed.id(), parsed.parent(), incidentOfCrime.get(parsed.parent()));
                    if (incident != null) {
                        incident.cancellations.add(new Located<>((CancellationRecord) parsed.record(), row.line()));
                    }
                }
                case RECLASSIFICATIONS -> {
                    Incident incident = owner(file, row, parsed.id(), parsed.parent(), incidentOfCrime.get(parsed.parent()));
                    if (incident != null) {
                        incident.reclassifications.add(new Located<>((ReclassificationRecord) parsed.record(), row.line()));
                    }
                }
            }
        }
    }

    private static Parsed incident(CsvRow row, String key) {
        String ref = row.required("incident_ref");
        java.time.Instant received = row.timestamp("received_at", true);
        boolean crimeRelated = row.bool("crime_related", true);
        String relation = row.code("reporter_relation", true);
        String reported = classCode(row.offenceClass("reported_classification", false));
        java.time.Instant closed = row.timestamp("closed_at", false);
        return new Parsed(place(row), key, ref, null, row.valid()
                ? new IncidentRecord(ref, received, crimeRelated, relation, reported, closed) : null);
    }

    private static Parsed decision(CsvRow row, String key) {
        String ref = row.required("incident_ref");
        String kind = row.code("kind", true);
        String reason = row.text("no_crime_reason");
        String explanation = row.text("explanation");
        String n100 = row.code("n100_subcode", false);
        String force = row.text("transfer_force");
        java.time.Instant decided = row.timestamp("decided_at", true);
        return new Parsed(place(row), key, ref, ref, row.valid()
                ? new DecisionRecord(kind, reason, explanation, n100, force, decided) : null);
    }

    private void addDecision(Parsed parsed) {
        Place row = parsed.row();
        String ref = parsed.id();
        Incident incident = owner(InterchangeFile.DECISIONS, row, ref, ref, incidents.get(ref));
        if (incident != null && incident.decision != null) {
            leaveOut(InterchangeFile.DECISIONS, row, ref, ExtractFormat.DUPLICATE_KEY, "incident_ref",
                    "Incident " + ref + " already has a decision on line " + incident.decisionLine + ".");
        } else if (incident != null) {
            incident.decision = (DecisionRecord) parsed.record();
            incident.decisionLine = row.line();
        }
    }

    private static Parsed victim(CsvRow row, String key) {
        String ref = row.required("incident_ref");
        String id = row.required("victim_id");
        String person = row.text("person_key");
        java.time.LocalDate born = row.date("date_of_birth");
        return new Parsed(place(row), key, id, ref, id == null ? null : new VictimRecord(id, person, born));
    }

    private void addVictim(Parsed parsed) {
        Place row = parsed.row();
        Incident incident = owner(InterchangeFile.VICTIMS, row, parsed.id(), parsed.parent(), incidents.get(parsed.parent()));
        VictimRecord victim = (VictimRecord) parsed.record();
        if (incident != null && incident.victims.stream().anyMatch(v -> v.value().id().equals(victim.id()))) {
            leaveOut(InterchangeFile.VICTIMS, row, victim.id(), ExtractFormat.DUPLICATE_KEY, "victim_id",
                    "Victim " + victim.id() + " appears earlier for incident " + parsed.parent() + ".");
        } else if (incident != null) {
            incident.victims.add(new Located<>(victim, row.line()));
        }
    }

    private static Parsed crime(CsvRow row, String key) {
        String ref = row.required("crime_ref");
        String incidentRef = row.required("incident_ref");
        OffenceClass classification = row.offenceClass("classification", true);
        CrimeRecord crime = build(row, ref, classification);
        return new Parsed(place(row), key, ref, incidentRef, crime);
    }

    private static CrimeRecord build(CsvRow row, String ref, OffenceClass classification) {
        java.time.Instant recorded = row.timestamp("recorded_at", true);
        List<String> victims = row.list("victim_ids");
        java.time.Instant from = row.timestamp("offence_from", false);
        java.time.Instant to = row.timestamp("offence_to", false);
        java.time.Instant reported = row.timestamp("reported_at", false);
        String status = row.code("status", false);
        List<String> flagList = row.list("flags");
        Set<String> flags = flagList.isEmpty() ? Set.of() : Set.copyOf(flagList);
        String relationship = row.code("relationship", false);
        boolean named = row.bool("named_suspect", false);
        java.time.LocalDate suspectBorn = row.date("suspect_date_of_birth");
        String mode = row.code("mode_of_trial", false);
        if (!row.valid()) {
            return null;
        }
        return new CrimeRecord(ref, classification, victims, row.text("offender_group"), from, to, reported, recorded,
                status, flags, relationship, named, suspectBorn, mode);
    }

    private static Parsed outcome(CsvRow row, String key) {
        String ref = row.required("outcome_ref");
        String crime = row.required("crime_ref");
        OutcomeRecord outcome = new OutcomeRecord(nn(ref), nn(crime), nn(row.code("type", true)),
                orEpoch(row.timestamp("outcome_at", true)), row.code("authorised_rank", false),
                row.integer("suspect_previous_offences"));
        return new Parsed(place(row), key, ref, crime, outcome);
    }

    private static Parsed cancellation(CsvRow row, String key) {
        String ref = row.required("cancellation_ref");
        String crime = row.required("crime_ref");
        CancellationRecord cancellation = new CancellationRecord(nn(ref), nn(crime), nn(row.code("class", true)),
                row.text("additional_information"), row.code("decided_by", false), row.text("target_force"),
                row.text("target_force_reference"), row.text("duplicate_of"), row.timestamp("victim_told_at", false),
                row.timestamp("decided_at", false), row.code("status", false));
        return new Parsed(place(row), key, ref, crime, cancellation);
    }

    private static Parsed reclassification(CsvRow row, String key) {
        String ref = row.required("reclassification_ref");
        String crime = row.required("crime_ref");
        ReclassificationRecord change = new ReclassificationRecord(nn(ref), nn(crime),
                classCode(row.offenceClass("from_class", true)), classCode(row.offenceClass("to_class", true)),
                row.bool("downgrade", true), row.text("reason"), row.code("decided_by", false),
                row.timestamp("decided_at", false), row.code("status", false));
        return new Parsed(place(row), key, ref, crime, change);
    }

    /** The incident the row belongs to, or null (reported) when the row is faulty or refers to nothing. */
    private Incident owner(InterchangeFile file, Place row, String record, String parent, Incident incident) {
        if (!usable(file, row, record)) {
            return null;
        }
        if (incident == null) {
            String column = file == InterchangeFile.DECISIONS || file == InterchangeFile.VICTIMS
                    || file == InterchangeFile.CRIMES ? "incident_ref" : "crime_ref";
            leaveOut(file, row, record, ExtractFormat.UNKNOWN_REFERENCE, column, column + " " + parent
                    + " is not in " + (column.equals("incident_ref") ? "incidents.csv" : "crimes.csv") + ".");
        }
        return incident;
    }

    private boolean usable(InterchangeFile file, Place row, String record) {
        if (row.valid()) {
            return true;
        }
        row.faults().forEach(fault -> findings.accept(new ExtractFinding(file.fileName(), row.line(), fault.column(),
                record == null ? "" : record, fault.format().code(), RuleSeverity.ERROR, fault.message())));
        rowsLeftOut.merge(file.fileName(), 1L, Long::sum);
        return false;
    }

    private void leaveOut(InterchangeFile file, Place row, String record, ExtractFormat format, String column,
            String message) {
        findings.accept(new ExtractFinding(file.fileName(), row.line(), column, record == null ? "" : record,
                format.code(), RuleSeverity.ERROR, message));
        rowsLeftOut.merge(file.fileName(), 1L, Long::sum);
    }

    private static String classCode(OffenceClass classification) {
        return classification == null ? null : classification.code();
    }

    /** A placeholder for a missing required value; the row is then faulty and never used. */
    private static String nn(String value) {
        return value == null ? "" : value;
    }

    private static java.time.Instant orEpoch(java.time.Instant value) {
        return value == null ? java.time.Instant.EPOCH : value;
    }
}
