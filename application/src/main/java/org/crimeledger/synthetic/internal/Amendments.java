package org.crimeledger.synthetic.internal;

import java.util.List;

/**
 * Texts of the changes made to recorded crimes: downgrades (none of them additional verifiable
 * information, OUT26 p.28) and cancellations, right and wrong. "The victim no longer supports action"
 * is the classic wrong ground: a victim who confirms a crime but will not support it still has it recorded.
 */
final class Amendments {

    /** A cancellation's explanation, additional information and evidence reference. */
    record Ground(String cancellationClass, String explanation, String additionalInformation, String evidence) {
    }

    static final List<String> DOWNGRADE_REASONS = List.of(
            "Injuries looked minor on a second look.", "No weapon was recovered, so the lesser offence fits better.",
            "The victim was unsure whether force was used.", "On review the lesser offence is more appropriate.");
    static final String APPROVED = "Approved on the information given.";

    static final Ground TRANSFER = new Ground("C1",
            "Enquiries show the offence was committed in the {force} area; transferred with the victim's account.",
            null, null);
    static final Ground NO_CRIME_ON_EVIDENCE = new Ground("C2", "Additional verifiable information shows no crime occurred.",
            "CCTV from the premises, obtained on {date} and viewed by the investigating officer, shows the property was "
                    + "taken by a family member with the owner's consent.", "CCTV-{number}");
    static final Ground RECORDED_IN_ERROR = new Ground("C4",
            "Recorded in error against the wrong report; no notifiable offence was disclosed in this one.", null, null);
    static final Ground SELF_DEFENCE = new Ground("C5",
            "An independent witness and CCTV show the suspected offender acted in self-defence.",
            "Statement of an independent witness taken on {date}, and CCTV from the premises.", "STM-{number}");
    static final List<Ground> WRONG_GROUNDS = List.of(
            new Ground("C2", "The victim no longer supports a prosecution.",
                    "The victim telephoned on {date} to say they no longer want police involvement.", "CALL-{number}"),
            new Ground("C4", "The victim could not be contacted after three attempts; recorded in error.", null, null));

    static final List<String> FORCES = List.of("Thames Valley Police", "Warwickshire Police",
            "Northamptonshire Police", "West Mercia Police", "Gloucestershire Constabulary", "Leicestershire Police");

    private Amendments() {
    }

    /** The receiving force's own crime reference, which a transfer needs before removal (CRR26 pp.25-26). */
    static String receivingReference(String force, int year, int number) {
        String prefix = force.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return String.format("%s/%d/%06d", prefix, year, number);
    }
}
