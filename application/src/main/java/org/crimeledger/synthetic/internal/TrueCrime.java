package org.crimeledger.synthetic.internal;

import java.util.List;

/**
 * One crime the rules require from a report: its principal class, the lesser offences the principal
 * crime rule takes into it, its victim (an index into the verdict's victims, or -1 for an offence against
 * the State) and why it is counted so.
 */
public record TrueCrime(Offence principal, List<Offence> related, int victim, String rationale) {

    public boolean hasVictim() {
        return victim >= 0;
    }
}
