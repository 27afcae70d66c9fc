package org.crimeledger.synthetic.internal;

import java.time.LocalDate;

/** Someone in Demoshire: a reporter, a victim or a suspect. The contact uses numbers Ofcom keeps for drama. */
public record Person(String name, LocalDate dateOfBirth, String contact) {
}
