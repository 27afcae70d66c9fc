package org.crimeledger.standards;

/**
 * A row of the principal crime look-up table (CRR26 p.14), in the order printed. The rules call the table a guide:
 * violence generally precedes property, then the maximum sentence decides.
 *
 * @param classCodes the classes as printed, ranges and lists included ("19C-K", "17A-B; 20A-B")
 * @param hoCodes the Home Office codes as printed ("019/07 - 019/19")
 */
public record PrincipalCrimeRow(int tableOrder, String offence, String classCodes, String hoCodes,
        MaximumSentence maximumSentence, String victimOrState) {
}
