package org.crimeledger.standards;

/**
 * A Home Office offence classification (counting class), for example {@code 8N} or {@code 28I}.
 *
 * @param seriousnessRank 1 is the most serious; the principal crime rule records the most serious offence
 * @param seriousnessVerified whether the rank comes from the principal crime look-up table (CRR26 p.14)
 *                            rather than being derived
 * @param policeUkVerified whether the police.uk category mapping is confirmed (it is derived today)
 * @param verified whether every fact of the row is confirmed by a primary source
 */
public record OffenceClassification(
        String code,
        String name,
        String offenceGroupCode,
        String offenceSubgroup,
        boolean victimBased,
        boolean notifiable,
        boolean courseOfConduct,
        int seriousnessRank,
        boolean seriousnessVerified,
        String policeUkCategorySlug,
        boolean policeUkVerified,
        boolean verified,
        String source) {
}
