package org.crimeledger.standards.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crimeledger.standards.ReferenceChange;
import org.crimeledger.standards.internal.NotifiableOffenceList.Line;
import org.crimeledger.standards.internal.NotifiableOffenceList.ListClass;

/** The classes and offence lines a new list adds, amends and deletes against the list in force before it. */
public final class ListDifferences {

    /**
     * The list in force before: its classes (name only for the built-in table, whose labels are the project's own
     * and are not compared) and its offence lines (none for the built-in table).
     */
    public record Previous(String description, Map<String, ListClass> classes, boolean compareClassFacts,
            List<Line> lines) {
    }

    private ListDifferences() {
    }

    public static List<ReferenceChange> between(Previous previous, NotifiableOffenceList list) {
        List<ReferenceChange> changes = new ArrayList<>();
        list.classes().forEach((code, now) -> {
            ListClass before = previous.classes().get(code);
            if (before == null) {
                changes.add(new ReferenceChange("class", "added", code, now.name() + " (" + now.listClass()
                        + (now.listSubClass() == null ? "" : ", " + now.listSubClass()) + "), " + now.currentOffences()
                        + " current offence line(s)"));
            } else if (previous.compareClassFacts()) {
                List<String> amended = new ArrayList<>();
                differ(amended, "name", before.name(), now.name());
                differ(amended, "class", before.listClass(), now.listClass());
                differ(amended, "sub class", before.listSubClass(), now.listSubClass());
                differ(amended, "victim or state", before.victimOrState(), now.victimOrState());
                if (!amended.isEmpty()) {
                    changes.add(new ReferenceChange("class", "amended", code, String.join("; ", amended)));
                }
            }
        });
        previous.classes().forEach((code, before) -> {
            if (!list.classes().containsKey(code)) {
                changes.add(new ReferenceChange("class", "deleted", code, before.name() + ": no current offence line in this list"));
            }
        });

        Map<String, Line> before = new LinkedHashMap<>();
        previous.lines().forEach(line -> before.put(line.identity(), line));
        Map<String, Line> now = new LinkedHashMap<>();
        list.lines().forEach(line -> now.put(line.identity(), line));
        for (Line line : list.lines()) {
            Line old = before.get(line.identity());
            if (old == null) {
                if (line.current()) {
                    changes.add(new ReferenceChange("offence", "added", line.label(), line.offence() + " ("
                            + line.act() + (line.section().isEmpty() ? "" : " " + line.section()) + "), mode "
                            + line.mode().listMark() + ", max " + line.maxSentence()));
                }
                continue;
            }
            if (old.current() && !line.current()) {
                changes.add(new ReferenceChange("offence", "deleted", line.label(), line.offence() + ": no longer current"
                        + (line.comment().isEmpty() ? "" : " (" + line.comment() + ")")));
                continue;
            }
            List<String> amended = new ArrayList<>();
            differ(amended, "current", old.current() ? "Y" : "N", line.current() ? "Y" : "N");
            differ(amended, "mode", old.mode().listMark(), line.mode().listMark());
            differ(amended, "max sentence", old.maxSentence(), line.maxSentence());
            differ(amended, "victim or state", old.victimOrState(), line.victimOrState());
            differ(amended, "commencement", old.commencementText(), line.commencementText());
            differ(amended, "cessation", old.cessationText(), line.cessationText());
            if (!amended.isEmpty()) {
                changes.add(new ReferenceChange("offence", "amended", line.label(), line.offence() + ": "
                        + String.join("; ", amended)));
            }
        }
        for (Line old : previous.lines()) {
            if (old.current() && !now.containsKey(old.identity())) {
                changes.add(new ReferenceChange("offence", "deleted", old.label(), old.offence() + ": not in this list"));
            }
        }
        return changes;
    }

    private static void differ(List<String> out, String what, String before, String now) {
        if (!Objects.equals(blankToNull(before), blankToNull(now))) {
            out.add(what + " '" + Objects.toString(before, "") + "' to '" + Objects.toString(now, "") + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
