package org.crimeledger.publication;

/**
 * An anonymisation point: a published crime's location is replaced by the nearest one.
 *
 * @param name the street or place, published as "On or near ..."
 * @param addresses how many addresses the point stands for
 */
public record SnapPoint(long id, String name, double latitude, double longitude, int addresses, String lsoaCode,
        String lsoaName) {
}
