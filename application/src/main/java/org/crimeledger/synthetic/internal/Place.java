package org.crimeledger.synthetic.internal;

/** Where something happened, as a call handler writes it, with coordinates in millionths of a degree. */
public record Place(String text, String street, String town, long latitudeMicros, long longitudeMicros) {
}
