package org.crimeledger.synthetic.internal;

import java.util.List;
import java.util.Random;

/**
 * The fictional county of Demoshire: its towns (weighted by population, with centre coordinates in an
 * invented spot of the English Midlands), streets and public places. Any likeness to a real address is chance.
 */
public final class Places {

    private record Town(String name, long latitudeMicros, long longitudeMicros) {
    }

    private static final Weighted<Town> TOWNS = Weighted.of(
            new Town("Ashcombe", 52_120_000, -1_480_000), 30,
            new Town("Brackenford", 52_205_000, -1_330_000), 18,
            new Town("Castlemere", 52_030_000, -1_610_000), 15,
            new Town("Dunholt", 52_260_000, -1_560_000), 10,
            new Town("Eastwold", 52_090_000, -1_180_000), 8,
            new Town("Fernley Cross", 51_980_000, -1_390_000), 7,
            new Town("Greyhaven", 52_330_000, -1_240_000), 6,
            new Town("Hollins Green", 52_160_000, -1_700_000), 4,
            new Town("Kingsbridge Magna", 51_940_000, -1_250_000), 2);
    private static final List<String> STREETS = List.of("High Street", "Mill Lane", "Station Road", "Church Street",
            "Victoria Road", "Park Avenue", "Queen Street", "London Road", "Manor Way", "Orchard Close", "The Crescent",
            "Chapel Row", "Brook Lane", "Kings Road", "Meadow View", "Priory Walk", "Market Place", "Canal Street",
            "Elm Grove", "Castle Hill", "Windmill Drive", "Rectory Lane", "Nelson Terrace", "Albert Street",
            "Beech Avenue", "Foundry Lane", "Harbour Road", "Willow Court", "Sandpit Lane", "Greenway");
    private static final List<String> VENUES = List.of("the Red Lion public house", "the Market Hall",
            "the railway station", "%s Leisure Centre", "the bus station", "St Mary's Primary School",
            "the Riverside retail park", "the Co-operative store", "the Crown and Anchor", "%s Community Centre",
            "the Jubilee Park play area", "Greggs bakery", "the Castle Street car park", "the Premier convenience store",
            "the Wetherspoon's on the corner", "%s Library");

    private Places() {
    }

    /** A home address or a public place in a town, with coordinates scattered about a kilometre from its centre. */
    public static Place draw(Random random, boolean home) {
        Town town = TOWNS.pick(random);
        String street = STREETS.get(random.nextInt(STREETS.size()));
        String text = home
                ? (1 + random.nextInt(140)) + " " + street + ", " + town.name()
                : VENUES.get(random.nextInt(VENUES.size())).replace("%s", town.name()) + ", " + street + ", " + town.name();
        long latitude = town.latitudeMicros() + Math.round(random.nextGaussian() * 9_000);
        long longitude = town.longitudeMicros() + Math.round(random.nextGaussian() * 14_000);
        return new Place(text, street, town.name(), latitude, longitude);
    }

    public static String street(Random random) {
        return STREETS.get(random.nextInt(STREETS.size()));
    }
}
