package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The words that fill one incident's templates: who, where, what was taken, the suspect. Drawn once per
 * incident so the call handler's narrative, the officer's update and the crime records tell the same story.
 */
final class Slots implements Function<String, String> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> ITEMS = List.of("a mobile phone", "a pedal cycle", "a handbag with bank cards",
            "a laptop", "jewellery", "power tools", "cash", "a games console", "a wallet", "designer trainers");
    private static final List<String> VEHICLES = List.of("a silver Ford Focus", "a black Vauxhall Corsa",
            "a white Ford Transit van", "a blue Volkswagen Golf", "a grey Nissan Qashqai", "a red Toyota Yaris");
    private static final List<String> INJURIES = List.of("The victim has a cut lip and swelling to one eye",
            "No visible injuries", "The victim complains of pain to the ribs", "The victim has a bloodied nose",
            "The victim has grazes to both hands");

    private final Report report;
    private final ZoneId zone;
    final String victim;
    final String suspectName;
    final String suspectDescription;
    private final String item;
    private final String vehicle;
    private final String injury;
    private final String street;
    private final String followUp;
    private Instant time;
    private String force;
    private String reference;

    Slots(Random random, Report report, Verdict verdict, ZoneId zone) {
        this.report = report;
        this.zone = zone;
        this.victim = report.byVictim() ? "the caller"
                : verdict.victims().isEmpty() ? People.name(random) : verdict.victims().get(0).name();
        this.suspectName = random.nextDouble() < report.kind().namedSuspect() ? People.name(random) : null;
        this.suspectDescription = People.suspectDescription(random);
        this.item = ITEMS.get(random.nextInt(ITEMS.size()));
        this.vehicle = VEHICLES.get(random.nextInt(VEHICLES.size()));
        this.injury = INJURIES.get(random.nextInt(INJURIES.size()));
        this.street = Places.street(random);
        this.followUp = OfficerNotes.FOLLOW_UPS.get(random.nextInt(OfficerNotes.FOLLOW_UPS.size()));
        this.time = report.receivedAt();
    }

    /** Sets the moment {@code {time}} and {@code {date}} name, and the other facts a later note may need. */
    Slots at(Instant moment, String forceName, String crimeReference) {
        this.time = moment;
        this.force = forceName;
        this.reference = crimeReference;
        return this;
    }

    @Override
    public String apply(String slot) {
        return switch (slot) {
            case "reporter" -> report.reporter().name();
            case "victim" -> victim;
            case "Victim" -> Character.toUpperCase(victim.charAt(0)) + victim.substring(1);
            case "suspect" -> suspectName != null ? suspectName : suspectDescription;
            case "Suspect" -> suspectName != null ? suspectName
                    : Character.toUpperCase(suspectDescription.charAt(0)) + suspectDescription.substring(1);
            case "place" -> report.place().text();
            case "street" -> street;
            case "time" -> CLOCK.format(time.atZone(zone));
            case "date" -> DAY.format(time.atZone(zone));
            case "item" -> item;
            case "vehicle" -> vehicle;
            case "injury" -> injury;
            case "followUp" -> followUp;
            case "force" -> force;
            case "reference" -> reference;
            case "number" -> Long.toString(time.getEpochSecond() % 100_000);
            default -> throw new IllegalArgumentException("No slot {" + slot + "}");
        };
    }
}
