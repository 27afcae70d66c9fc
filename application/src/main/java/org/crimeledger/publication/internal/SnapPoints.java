package org.crimeledger.publication.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crimeledger.publication.SnapPoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The anonymisation points that published locations are moved to, as data.police.uk does: each the centre of a
 * street or public place standing for several addresses, read from a CSV file the force configures
 * ({@code crimeledger.publication.snap-points}; columns point_id, name, latitude, longitude, addresses, lsoa_code,
 * lsoa_name). A point standing for fewer than {@code crimeledger.publication.minimum-addresses} addresses would
 * point at a home, so the file is refused whole.
 */
@Component
public class SnapPoints {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final List<SnapPoint> points;
    private final Map<Long, SnapPoint> byId;

    @org.springframework.beans.factory.annotation.Autowired
    SnapPoints(@Value("${crimeledger.publication.snap-points:classpath:publication/demoshire-snap-points.csv}")
            Resource file, @Value("${crimeledger.publication.minimum-addresses:8}") int minimumAddresses) {
        this(read(file, minimumAddresses));
    }

    public SnapPoints(List<SnapPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("No anonymisation points: publication needs at least one");
        }
        this.points = List.copyOf(points);
        this.byId = points.stream().collect(Collectors.toMap(SnapPoint::id, Function.identity()));
    }

    public SnapPoint byId(long id) {
        return byId.get(id);
    }

    /** The nearest point, or null for no location. */
    public SnapPoint nearest(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        SnapPoint best = null;
        double bestDistance = Double.MAX_VALUE;
        for (SnapPoint point : points) {
            double distance = distanceMetres(latitude, longitude, point.latitude(), point.longitude());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = point;
            }
        }
        return best;
    }

    /** Great-circle distance by the haversine formula. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static List<SnapPoint> read(Resource file, int minimumAddresses) {
        List<SnapPoint> points = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord row : parser) {
                SnapPoint point = new SnapPoint(Long.parseLong(row.get("point_id")), row.get("name").strip(),
                        Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
                        Integer.parseInt(row.get("addresses")), blank(row.get("lsoa_code")), blank(row.get("lsoa_name")));
                if (point.addresses() < minimumAddresses) {
                    throw new IllegalArgumentException("Anonymisation point " + point.id() + " on line "
                            + parser.getCurrentLineNumber() + " of " + file + " stands for " + point.addresses()
                            + " addresses, fewer than " + minimumAddresses + ": it could point at a home");
                }
                points.add(point);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the anonymisation points " + file, e);
        }
        return points;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
