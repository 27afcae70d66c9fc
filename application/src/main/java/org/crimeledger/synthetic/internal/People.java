package org.crimeledger.synthetic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Names, ages and descriptions of Demoshire's people, and the usernames of its staff. Phone numbers are
 * in 07700 900000-900999, the range Ofcom reserves for drama, and e-mail addresses are at example.org.
 */
public final class People {

    private static final List<String> FIRST = List.of("Amelia", "Oliver", "Olivia", "George", "Isla", "Harry",
            "Ava", "Noah", "Mia", "Jack", "Sophia", "Leo", "Grace", "Arthur", "Lily", "Muhammad", "Freya", "Oscar",
            "Emily", "Charlie", "Ivy", "Jacob", "Ella", "Thomas", "Aisha", "Kwame", "Priya", "Tomasz", "Zofia",
            "Chidi", "Sian", "Rhys", "Niamh", "Declan", "Hannah", "Daniel", "Fatima", "Imran", "Megan", "Liam",
            "Chloe", "Ryan", "Jessica", "Kieran", "Sarah", "David", "Margaret", "Peter");
    private static final List<String> LAST = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Khan", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Begum", "Okafor", "Nowak",
            "Mensah", "Murphy", "O'Brien", "Campbell", "Ali", "Hussain", "Singh", "Kowalski", "Lewis", "Harris",
            "Turner", "Cooper", "Ward", "Morris", "Mistry", "Baker", "Carter", "Price", "Bennett", "Shaw", "Fox");
    private static final List<String> PROFESSIONALS = List.of("GP at %s Surgery",
            "social worker, Demoshire Children's Services",
            "teacher at %s Academy", "nurse at %s Community Hospital", "housing officer, %s District Council");
    private static final List<String> BUILDS = List.of("slim", "stocky", "medium build", "tall and thin", "heavy build");
    private static final List<String> CLOTHES = List.of("a grey hooded top and dark jeans", "a black puffer jacket",
            "a red football shirt", "a dark tracksuit and white trainers", "a green parka with the hood up",
            "a high-visibility vest", "a navy suit", "a black balaclava");

    private People() {
    }

    public static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    /** A victim or reporter, aged between 16 (or younger for a child's class) and the maximum, on a day. */
    public static Person person(Random random, LocalDate on, int maximumAge) {
        String name = name(random);
        int minimumAge = maximumAge < 16 ? 5 : 16;
        int age = minimumAge + random.nextInt(Math.max(1, Math.min(maximumAge, 85) - minimumAge + 1));
        LocalDate born = on.minusYears(age).minusDays(random.nextInt(365));
        String contact = random.nextInt(4) == 0
                ? name.replace(' ', '.').replace("'", "").toLowerCase(Locale.ROOT) + random.nextInt(100) + "@example.org"
                : "07700 900" + digits(random.nextInt(1000), 3);
        return new Person(name, born, contact);
    }

    public static String professional(Random random, String town) {
        return name(random) + ", " + PROFESSIONALS.get(random.nextInt(PROFESSIONALS.size())).replace("%s", town);
    }

    public static String suspectDescription(Random random) {
        String who = random.nextInt(5) == 0 ? "a woman" : "a man";
        return who + " aged about " + (16 + random.nextInt(40)) + ", " + BUILDS.get(random.nextInt(BUILDS.size()))
                + ", wearing " + CLOTHES.get(random.nextInt(CLOTHES.size()));
    }

    public static String callHandler(Random random) {
        return "ch." + digits(1 + random.nextInt(60), 4);
    }

    /** An officer of the team: response A 1xxx, response B 2xxx, CID 3xxx, PPU 4xxx, contact centre 5xxx. */
    public static String officer(Random random, String team) {
        return switch (team) {
            case "RESPONSE-A" -> "pc." + (1001 + random.nextInt(80));
            case "RESPONSE-B" -> "pc." + (2001 + random.nextInt(80));
            case "CID" -> "dc." + (3001 + random.nextInt(30));
            case "PPU" -> "dc." + (4001 + random.nextInt(25));
            default -> "cc." + (5001 + random.nextInt(20));
        };
    }

    public static String supervisor(Random random) {
        return "ps." + digits(1 + random.nextInt(24), 3);
    }

    /** A Designated Decision Maker; the Force Crime Registrar alone decides sexual offences and homicide. */
    public static String registrar(Random random, boolean forceCrimeRegistrarOnly) {
        return forceCrimeRegistrarOnly ? "fcr.01" : "ddm.0" + (1 + random.nextInt(5));
    }

    /** The number with leading zeros to the width: cheaper than String.format, which matters a million times over. */
    static String digits(int number, int width) {
        String text = Integer.toString(number);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }
}
