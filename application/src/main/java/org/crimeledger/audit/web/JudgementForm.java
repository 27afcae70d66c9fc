package org.crimeledger.audit.web;

import java.util.Arrays;
import java.util.List;

import org.crimeledger.audit.JudgementRequest;
import org.crimeledger.audit.Review;

/** The review workspace's form; yes/no questions take "yes", "no" or "n/a". */
class JudgementForm {

    String review = "FIRST";
    String shouldHaveBeenRecorded = "";
    String recorded = "";
    String expectedClassifications = "";
    String correctlyClassified = "n/a";
    String recordedOnTime = "n/a";
    String victimInformed = "n/a";
    String decisionCorrect = "n/a";
    String note = "";

    JudgementRequest toRequest(List<PageError> errors) {
        Review stage = null;
        try {
            stage = Review.valueOf(review);
        } catch (RuntimeException e) {
            errors.add(new PageError("review", "Choose the review stage"));
        }
        return new JudgementRequest(stage, count("shouldHaveBeenRecorded", shouldHaveBeenRecorded,
                "how many crimes should have been recorded", errors),
                count("recorded", recorded, "how many of them were recorded", errors),
                Arrays.stream(expectedClassifications.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
                answer(correctlyClassified), answer(recordedOnTime), answer(victimInformed), answer(decisionCorrect), note);
    }

    private static Integer count(String field, String text, String what, List<PageError> errors) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            errors.add(new PageError(field, "Enter " + what + " as a whole number"));
            return null;
        }
    }

    private static Boolean answer(String text) {
        return "yes".equals(text) ? Boolean.TRUE : "no".equals(text) ? Boolean.FALSE : null;
    }

    public String getReview() { return review; }
    public void setReview(String review) { this.review = review; }
    public String getShouldHaveBeenRecorded() { return shouldHaveBeenRecorded; }
    public void setShouldHaveBeenRecorded(String value) { this.shouldHaveBeenRecorded = value; }
    public String getRecorded() { return recorded; }
    public void setRecorded(String recorded) { this.recorded = recorded; }
    public String getExpectedClassifications() { return expectedClassifications; }
    public void setExpectedClassifications(String value) { this.expectedClassifications = value; }
    public String getCorrectlyClassified() { return correctlyClassified; }
    public void setCorrectlyClassified(String value) { this.correctlyClassified = value; }
    public String getRecordedOnTime() { return recordedOnTime; }
    public void setRecordedOnTime(String value) { this.recordedOnTime = value; }
    public String getVictimInformed() { return victimInformed; }
    public void setVictimInformed(String value) { this.victimInformed = value; }
    public String getDecisionCorrect() { return decisionCorrect; }
    public void setDecisionCorrect(String value) { this.decisionCorrect = value; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
