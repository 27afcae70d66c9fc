package org.crimeledger.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Crime Recording Rules catalogue: every rule in one ordered place, by family. Codes are stable and never
 * reused; {@code docs/rules.md} is generated from this list. {@link #start(RuleSettings)} runs it.
 */
public final class RuleCatalogue {

    private static final List<RecordingRule> RULES = List.of(
            DecisionLate.WITHIN_24_HOURS, DecisionLate.WITHIN_72_HOURS, new DecisionOverdue(),
            new RecordedBeforeReported(), new OffenceInTheFuture(), new OffenceEndsBeforeItStarts(),
            new DecidedBeforeReported(),
            new ClosedWithoutDecision(), new NoCrimeWithoutReason(), new NoCrimeReasonNotInTheStandard(),
            new NoCrimeWithoutExplanation(), new ProfessionalThirdPartyNotConfirmed(),
            new ProfessionalThirdPartyNotRecorded(), new TransferWithoutForce(), new CrimesRecordedWithoutCrimes(),
            new VictimBasedWithoutVictim(), new SeveralVictimsOnOneCrime(), new SeveralCrimesForOneVictim(),
            new CourseOfConductSplit(), new StateBasedWithVictim(), new CrimeVictimUnknown(),
            new RapeNotRecorded(), new N100Unresolved(), new RapeCancelledWithoutRegistrar(),
            new CancelledWithoutInformation(), new CancelledWithoutAuthority(), new SelfDefenceOnWrongClass(),
            new TransferredWithoutForce(), new TransferredWithoutReference(), new DuplicateWithoutOriginal(),
            new VictimNotToldBeforeRemoval(),
            new DowngradeWithoutAuthority(), new DowngradeWithoutReason(), new DowngradeByWrongRole(),
            new OutcomeWithoutNamedSuspect(), new OutOfCourtForIndictableOnly(),
            new CommunityResolutionForIndictableOnly(), new CommunityResolutionForDomesticAbuse(),
            new CommunityResolutionForIntimatePartner(), new PenaltyNoticeForRepeatOffender(),
            new OutcomeBeforeRecording(), new OutcomeForUnknownCrime(), new NoSuspectOutcomeWithSuspect(),
            new DomesticAbuseFlagWithStranger(), new DomesticAbuseFlagMissing(), new DomesticAbuseFlagUnder16(),
            new ExploitationWithoutAbuseFlag());

    private static final List<RuleAcrossRecords> ACROSS_RECORDS = List.of(new DuplicateCrimes());

    private RuleCatalogue() {
    }

    /** Every rule's definition, by family in catalogue order. */
    public static List<RuleDefinition> definitions() {
        List<RuleDefinition> all = new ArrayList<>(Stream.concat(RULES.stream().map(RecordingRule::definition),
                ACROSS_RECORDS.stream().map(RuleAcrossRecords::definition)).toList());
        all.sort(java.util.Comparator.comparing((RuleDefinition rule) -> rule.family().ordinal())
                .thenComparing(RuleDefinition::code));
        return List.copyOf(all);
    }

    public static Optional<RuleDefinition> definition(String code) {
        return definitions().stream().filter(rule -> rule.code().equals(code)).findFirst();
    }

    /** Starts a run: check each record set once; rules across records remember what they need between sets. */
    public static Run start(RuleSettings settings) {
        return start(settings, code -> true);
    }

    /** Starts a run of only the rules whose codes are chosen, such as one family. */
    public static Run start(RuleSettings settings, java.util.function.Predicate<String> chosen) {
        return new Run(settings, RULES.stream().filter(rule -> chosen.test(rule.definition().code())).toList(),
                ACROSS_RECORDS.stream().filter(rule -> chosen.test(rule.definition().code()))
                        .map(rule -> new Across(rule, rule.start(settings))).toList());
    }

    private record Across(RuleAcrossRecords rule, RuleAcrossRecords.Scan scan) {
    }

    /** One run of the catalogue over any number of record sets. */
    public static final class Run {

        private final RuleSettings settings;
        private final List<RecordingRule> rules;
        private final List<Across> across;

        private Run(RuleSettings settings, List<RecordingRule> rules, List<Across> across) {
            this.settings = settings;
            this.rules = rules;
            this.across = across;
        }

        /** Every finding on one record set; rules never throw for what a record holds. */
        public List<RuleFinding> check(RecordSet records) {
            List<RuleFinding> findings = checkEach(records);
            findings.addAll(scan(records));
            return findings;
        }

        /**
         * The findings of the rules that look at one record set alone. Unlike {@link #check}, safe to call from
         * several threads at once: those rules keep nothing between record sets.
         */
        public List<RuleFinding> checkEach(RecordSet records) {
            LocalDate day = records.incident().receivedAt().atZone(settings.zone()).toLocalDate();
            String incident = records.incident().reference();
            List<RuleFinding> findings = new ArrayList<>(0);
            for (RecordingRule rule : rules) {
                if (rule.definition().appliesOn(day)) {
                    for (Violation violation : rule.check(records, settings)) {
                        findings.add(RuleFinding.of(rule.definition(), incident, violation));
                    }
                }
            }
            return findings;
        }

        /** The findings of the rules across record sets; one thread at a time, each record set once. */
        public List<RuleFinding> scan(RecordSet records) {
            if (across.isEmpty()) {
                return List.of();
            }
            LocalDate day = records.incident().receivedAt().atZone(settings.zone()).toLocalDate();
            String incident = records.incident().reference();
            List<RuleFinding> findings = new ArrayList<>(0);
            for (Across rule : across) {
                if (rule.rule().definition().appliesOn(day)) {
                    for (Violation violation : rule.scan().next(records)) {
                        findings.add(RuleFinding.of(rule.rule().definition(), incident, violation));
                    }
                }
            }
            return findings;
        }
    }
}
