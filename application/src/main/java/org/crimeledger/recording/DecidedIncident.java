package org.crimeledger.recording;

import org.crimeledger.incidents.Incident;

/** An incident as its crime-recording decision left it, with the decision. */
public record DecidedIncident(Incident incident, RecordingDecision decision) {
}
