package org.crimeledger.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offence classes the catalogue knows, so an extract can be checked without a database: a copy of the
 * victim-based and course-of-conduct facts of {@code offence_classification}, which a test keeps in step with
 * the migrations. The named sets below are the classes rules single out.
 */
public final class OffenceClasses {

    /** Rape classes (NOL26 19C-19K). */
    static final Set<String> RAPE = Set.of("19C", "19D", "19E", "19F", "19G", "19H", "19J", "19K");
    /** Homicide classes (NOL26 1, 4/1, 4/2, 4/10). */
    static final Set<String> HOMICIDE = Set.of("1", "4/1", "4/2", "4/10");
    /** The only classes a C5 (self-defence) cancellation may apply to (CRR26 p.25). */
    static final Set<String> SELF_DEFENCE_CANCELLABLE = Set.of("8N", "104", "105A");
    /** Classes recorded in addition to the other crimes against the same victim (CRR26 pp.13, 48). */
    static final Set<String> RECORDED_IN_ADDITION = Set.of("106");

    private static final Map<String, OffenceClass> KNOWN = load();

    private OffenceClasses() {
    }

    public static Optional<OffenceClass> find(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    public static Map<String, OffenceClass> all() {
        return KNOWN;
    }

    private static Map<String, OffenceClass> load() {
        Map<String, OffenceClass> classes = new LinkedHashMap<>();
        try (InputStream in = OffenceClasses.class.getResourceAsStream("offence-classes.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                classes.put(fields[0], new OffenceClass(fields[0], Boolean.parseBoolean(fields[1]),
                        Boolean.parseBoolean(fields[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(classes);
    }
}
