package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.ReporterRelation;

/**
 * Draws who reports what, how and to whom. Channels are weighted like police contact (most by 101 and
 * 999, then online); violent and urgent types come more by 999, property crime more online. Offences
 * against the State are mostly found by officers themselves.
 */
final class Reports {

    private static final Weighted<Channel> CHANNELS = Weighted.of(Channel.EMERGENCY_999, 30, Channel.NON_EMERGENCY_101, 40,
            Channel.ONLINE, 18, Channel.FRONT_COUNTER, 3, Channel.THIRD_PARTY, 4, Channel.PROFESSIONAL_THIRD_PARTY, 3,
            Channel.PARTNER_AGENCY, 2);
    private static final Weighted<Channel> URGENT = Weighted.of(Channel.EMERGENCY_999, 60, Channel.NON_EMERGENCY_101, 25,
            Channel.ONLINE, 5, Channel.FRONT_COUNTER, 2, Channel.THIRD_PARTY, 3, Channel.PROFESSIONAL_THIRD_PARTY, 3,
            Channel.PARTNER_AGENCY, 2);
    private static final Weighted<Channel> PROPERTY = Weighted.of(Channel.EMERGENCY_999, 10, Channel.NON_EMERGENCY_101, 40,
            Channel.ONLINE, 42, Channel.FRONT_COUNTER, 5, Channel.THIRD_PARTY, 3);
    private static final Weighted<ReporterRelation> CALLERS = Weighted.of(ReporterRelation.VICTIM, 62,
            ReporterRelation.WITNESS, 28, ReporterRelation.THIRD_PARTY, 6, ReporterRelation.PARENT_OR_CARER, 4);

    private final Random random;
    private final ZoneId zone;
    private final Weighted<Kind> crimeRelated = Kinds.crimeRelated();
    private final Weighted<Kind> other = Kinds.notCrimeRelated();
    private final double crimeRelatedShare;

    Reports(Random random, ZoneId zone, double crimeRelatedShare) {
        this.random = random;
        this.zone = zone;
        this.crimeRelatedShare = crimeRelatedShare;
    }

    Report draw(Instant receivedAt) {
        Kind kind = random.nextDouble() < crimeRelatedShare ? crimeRelated.pick(random) : other.pick(random);
        Offence offence = kind.crimeRelated() ? kind.offences().pick(random) : null;
        Channel channel = channel(kind);
        ReporterRelation relation = relation(kind, offence, channel);
        Place place = Places.draw(random, random.nextDouble() < kind.atHome());
        Person reporter = switch (relation) {
            case PROFESSIONAL_THIRD_PARTY -> new Person(People.professional(random, place.town()), null, null);
            case POLICE_DISCOVERED -> new Person("PC " + People.name(random), null, null);
            default -> People.person(random, receivedAt.atZone(zone).toLocalDate(), 85);
        };
        Instant openedAt = receivedAt.plusSeconds(60 + random.nextInt(300)).truncatedTo(ChronoUnit.SECONDS);
        return new Report(kind, offence, receivedAt, openedAt, channel, relation, reporter, place,
                team(kind, channel, receivedAt), People.callHandler(random));
    }

    private Channel channel(Kind kind) {
        return switch (kind.code()) {
            case "ASSAULT", "ROBBERY", "DOMESTIC_ABUSE", "SEXUAL_OFFENCE", "WEAPONS", "PUBLIC_ORDER", "MISSING_PERSON",
                    "MENTAL_HEALTH", "ROAD_COLLISION" -> URGENT.pick(random);
            case "THEFT", "VEHICLE_CRIME", "FRAUD", "CRIMINAL_DAMAGE", "ASB_ENVIRONMENTAL" -> PROPERTY.pick(random);
            default -> CHANNELS.pick(random);
        };
    }

    private ReporterRelation relation(Kind kind, Offence offence, Channel channel) {
        if (offence != null && !offence.victimBased() && random.nextInt(10) < 7) {
            return ReporterRelation.POLICE_DISCOVERED;
        }
        ReporterRelation relation = switch (channel) {
            case PROFESSIONAL_THIRD_PARTY, PARTNER_AGENCY -> ReporterRelation.PROFESSIONAL_THIRD_PARTY;
            case THIRD_PARTY -> random.nextBoolean() ? ReporterRelation.THIRD_PARTY : ReporterRelation.PARENT_OR_CARER;
            default -> offence != null && !offence.victimBased() ? ReporterRelation.WITNESS : CALLERS.pick(random);
        };
        boolean childVictim = offence != null && offence.maximumVictimAge() < 16;
        return childVictim && relation == ReporterRelation.VICTIM ? ReporterRelation.PARENT_OR_CARER : relation;
    }

    /** Public protection and CID take their specialisms; online reports go to the contact centre; response by shift. */
    private String team(Kind kind, Channel channel, Instant receivedAt) {
        if (kind.team().equals("PPU") || kind.team().equals("CID")) {
            return random.nextInt(10) < 7 ? kind.team() : responseTeam(receivedAt);
        }
        if (channel == Channel.ONLINE && kind.crimeRelated()) {
            return "CONTACT";
        }
        return responseTeam(receivedAt);
    }

    /** Response team A works 07:00 to 19:00, team B the night. */
    private String responseTeam(Instant at) {
        int hour = at.atZone(zone).getHour();
        return hour >= 7 && hour < 19 ? "RESPONSE-A" : "RESPONSE-B";
    }
}
