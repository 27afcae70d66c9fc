package org.crimeledger.synthetic.internal;

import java.util.List;
import java.util.Map;

/**
 * What the attending officer writes before the crime-recording decision, and the decision's explanation.
 * A wrong "no crime" reads as the audits found them (CRR26 p.7 says none of these is a reason not to
 * record): the victim confirms the crime but will not support action, or cannot be reached once.
 */
final class OfficerNotes {

    /** An update and the decision's explanation that go together. */
    record Note(String reason, Template update, Template explanation) {
    }

    static final Template RECORDED = Template.of("Attended at {time}. {Victim} confirmed the account and gave a "
            + "first statement. {followUp} Crime recorded on the balance of probability.");
    static final Template RECORDED_AGAINST_THE_STATE = Template.of("Attended at {time}. The points to prove are "
            + "made out: {suspect} was dealt with at the scene and exhibits booked in. Crime recorded.");
    static final List<String> FOLLOW_UPS = List.of("CCTV requested and house-to-house started.",
            "Injuries photographed and the first account captured on body-worn video.",
            "Suspect details circulated to the team.", "Crime prevention advice given and Victim Support referral offered.");
    static final Template CONFIRMED = Template.of("Crime confirmed on the balance of probability (CRR26 p.7).");

    static final Map<String, Note> RIGHTLY_NOT_RECORDED = Map.of(
            "NOT_A_CRIME_IN_LAW", note("NOT_A_CRIME_IN_LAW", "Attended at {time}. Both parties spoken to: this is a civil dispute about money owed, with no threats, force or damage. No notifiable offence disclosed; advice given about the small claims court.",
                    "Civil dispute: the circumstances do not amount to a notifiable offence."),
            "CREDIBLE_EVIDENCE_TO_THE_CONTRARY", note("CREDIBLE_EVIDENCE_TO_THE_CONTRARY", "CCTV reviewed at {time} shows events did not happen as first reported: what was seen was not an offence, and nobody was harmed or lost anything.",
                    "CCTV shows no offence took place."),
            "NO_VICTIM_IDENTIFIED", note("NO_VICTIM_IDENTIFIED", "Area searched and house-to-house completed at {time}; no injured party or anyone affected could be found. Kept as a crime-related incident until a victim comes forward.",
                    "No victim could be found or identified despite enquiries."),
            "THIRD_PARTY_NOT_CONFIRMED", note("THIRD_PARTY_NOT_CONFIRMED", "The person the caller believed was the victim was spoken to at {time} and says nothing happened; nothing else supports the report. Kept as a crime-related incident.",
                    "Third-party report that the person concerned does not confirm."),
            "POINTS_TO_PROVE_NOT_MADE_OUT", note("POINTS_TO_PROVE_NOT_MADE_OUT", "Search completed at {time}: nothing unlawful was found and the item seized proved to be lawful. The points to prove are not made out.",
                    "The points to prove are not made out."),
            "ALREADY_RECORDED", note("ALREADY_RECORDED", "Same incident as reported by another caller, already recorded as {reference}. The caller's account has been added to that crime.",
                    "Already recorded as {reference}."),
            "OTHER_AUTHORITY", note("OTHER_AUTHORITY", "No local suspect and no call for service: the caller was helped to report to Report Fraud, which assesses every fraud report, and given its reference.",
                    "Fraud reported to Report Fraud for assessment (CRR26 pp.97-98)."));

    static final List<Note> WRONGLY_NOT_RECORDED = List.of(
            note("THIRD_PARTY_NOT_CONFIRMED", "Spoke to {victim} at {time}, who confirmed what happened but does not want to make a statement or support a prosecution. No further action.",
                    "Victim does not support police action."),
            note("NOT_A_CRIME_IN_LAW", "Attended at {time}. {Victim} confirmed the account; injuries are minor and the parties know each other, so treated as a dispute. Words of advice given to both.",
                    "Dispute between people who know each other; advice given."),
            note("NO_VICTIM_IDENTIFIED", "Tried to call {victim} back at {time} without reply, although the first account was clear and gave an address. Closed pending contact.",
                    "Victim could not be contacted."),
            note("CREDIBLE_EVIDENCE_TO_THE_CONTRARY", "Spoke to {victim} at {time}, who confirmed the account; the other party gives a different version. Word against word, so no crime.",
                    "Conflicting accounts; not enough evidence."));

    static final Map<String, Note> N100 = Map.of(
            "N100/01", note("N100/01", "Specially trained officer spoke to {victim} at {time}. {Victim} does not wish to confirm the offence at this stage and wants information about support only. SARC details given.",
                    "The victim has not confirmed the offence (N100/01)."),
            "N100/02", note("N100/02", "Enquiries at {time} found credible evidence that the offence reported did not take place, including CCTV covering the whole period.",
                    "Credible evidence to the contrary (N100/02)."),
            "N100/03", note("N100/03", "The offence was committed outside Demoshire; recorded as N100 before passing it to the force for the area.",
                    "Committed in another force area (N100/03)."));
    static final Note N100_WRONGLY_KEPT = note("N100/01", "Specially trained officer spoke to {victim} at {time}; {victim} gave a full account and wants the offender dealt with. Kept as N100 pending further enquiries.",
            "Awaiting further enquiries before confirming.");
    static final Note TRANSFERRED = note(null, "Enquiries at {time} show the offence happened in the {force} area; the caller's account has been passed to {force}.",
            "Offence committed in the {force} area.");

    static final Map<String, String> INFORMATION_BASIS = Map.of(
            "VICTIM", "The victim's own account and the attending officer's enquiries",
            "WITNESS", "A witness's account and the attending officer's enquiries",
            "THIRD_PARTY", "A third party's report and the attending officer's enquiries",
            "PROFESSIONAL_THIRD_PARTY", "A professional third party's report, treated as acting for the victim (CRR26 pp.7-8)",
            "PARENT_OR_CARER", "A parent or carer acting for the victim, and the attending officer's enquiries",
            "POLICE_DISCOVERED", "Officers' own observations and search");

    private OfficerNotes() {
    }

    private static Note note(String reason, String update, String explanation) {
        return new Note(reason, Template.of(update), Template.of(explanation));
    }
}
