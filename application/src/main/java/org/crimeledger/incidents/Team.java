package org.crimeledger.incidents;

/** A team that owns incidents; supervisors see their team's decision queue. */
public record Team(String code, String name) {
}
