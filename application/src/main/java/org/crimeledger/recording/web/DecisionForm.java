package org.crimeledger.recording.web;

import java.util.ArrayList;
import java.util.List;

import org.crimeledger.recording.DecisionKind;
import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.recording.DecisionRequest.OffenceInput;
import org.crimeledger.recording.DecisionRequest.SuspectInput;
import org.crimeledger.recording.DecisionRequest.VictimInput;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;

/**
 * The decision page's fields: victims first (up to {@link #ROWS}), then offences that tick which of
 * them each was against, so the page works without JavaScript. Blank rows are ignored.
 */
public class DecisionForm {

    static final int ROWS = 3;

    private DecisionKind kind;
    private String informationBasis;
    private String noCrimeReason;
    private String explanation;
    private String n100Subcode;
    private String transferForce;
    private List<VictimRow> victims = rows(VictimRow::new);
    private List<OffenceRow> offences = rows(OffenceRow::new);
    private List<String> flags = new ArrayList<>();
    private String suspectName;
    private String suspectDescription;
    private int version;
    private String warningsReason;

    /** One victim's details as typed. */
    public static class VictimRow {
        private String name;
        private String contact;
        public String getName() { return name; }
        public void setName(String value) { name = value; }
        public String getContact() { return contact; }
        public void setContact(String value) { contact = value; }
        boolean blank() { return name == null || name.isBlank(); }
    }

    /** One offence: its classification and the victims (form positions, from 0) it was against. */
    public static class OffenceRow {
        private String code;
        private List<Integer> victims = new ArrayList<>();
        public String getCode() { return code; }
        public void setCode(String value) { code = value; }
        public List<Integer> getVictims() { return victims; }
        public void setVictims(List<Integer> value) { victims = value == null ? new ArrayList<>() : value; }
        boolean blank() { return code == null || code.isBlank(); }
    }

    DecisionRequest toRequest() {
        List<VictimInput> victimInputs = new ArrayList<>();
        List<Integer> requestPosition = new ArrayList<>();
        for (VictimRow row : victims) {
            requestPosition.add(row.blank() ? null : victimInputs.size());
            if (!row.blank()) {
                victimInputs.add(new VictimInput(row.name.strip(), null, row.contact));
            }
        }
        List<OffenceInput> offenceInputs = new ArrayList<>();
        for (int i = 0; i < offences.size(); i++) {
            OffenceRow row = offences.get(i);
            if (row.blank()) {
                continue;
            }
            List<Integer> against = new ArrayList<>();
            for (Integer position : row.victims) {
                Integer mapped = position == null || position >= requestPosition.size() ? null : requestPosition.get(position);
                if (mapped == null) {
                    throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Victim missing",
                            "offences" + i, position, "Offence " + (i + 1) + " is ticked against victim "
                            + (position == null ? "?" : position + 1) + ", who has no name");
                }
                against.add(mapped);
            }
            offenceInputs.add(new OffenceInput(row.code, against, null));
        }
        List<SuspectInput> suspects = blank(suspectName) && blank(suspectDescription) ? List.of()
                : List.of(new SuspectInput(blankToNull(suspectName), blankToNull(suspectDescription)));
        return new DecisionRequest(kind, informationBasis, blankToNull(noCrimeReason), blankToNull(explanation),
                blankToNull(n100Subcode), blankToNull(transferForce), victimInputs, offenceInputs, null, null, flags,
                suspects, version, blankToNull(warningsReason));
    }

    private static <T> List<T> rows(java.util.function.Supplier<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            list.add(row.get());
        }
        return list;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }

    // Getters and setters for Spring's data binding.
    public DecisionKind getKind() { return kind; }
    public void setKind(DecisionKind value) { kind = value; }
    public String getInformationBasis() { return informationBasis; }
    public void setInformationBasis(String value) { informationBasis = value; }
    public String getNoCrimeReason() { return noCrimeReason; }
    public void setNoCrimeReason(String value) { noCrimeReason = value; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String value) { explanation = value; }
    public String getN100Subcode() { return n100Subcode; }
    public void setN100Subcode(String value) { n100Subcode = value; }
    public String getTransferForce() { return transferForce; }
    public void setTransferForce(String value) { transferForce = value; }
    public List<VictimRow> getVictims() { return victims; }
    public void setVictims(List<VictimRow> value) { victims = value; }
    public List<OffenceRow> getOffences() { return offences; }
    public void setOffences(List<OffenceRow> value) { offences = value; }
    public List<String> getFlags() { return flags; }
    public void setFlags(List<String> value) { flags = value == null ? new ArrayList<>() : value; }
    public String getSuspectName() { return suspectName; }
    public void setSuspectName(String value) { suspectName = value; }
    public String getSuspectDescription() { return suspectDescription; }
    public void setSuspectDescription(String value) { suspectDescription = value; }
    public int getVersion() { return version; }
    public void setVersion(int value) { version = value; }
    public String getWarningsReason() { return warningsReason; }
    public void setWarningsReason(String value) { warningsReason = value; }
}
