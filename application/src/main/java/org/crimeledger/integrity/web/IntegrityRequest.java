package org.crimeledger.integrity.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.StoredReport;
import org.crimeledger.integrity.StoredReports;
import org.crimeledger.integrity.UnitLevel;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

/**
 * What a request for the integrity report asks (month, level, one unit) and what the user may see of it: officers
 * by name for the Crime Registrar only, by pseudonym for everyone else; no month that has not ended; a unit only by
 * the name the user is shown. Shared by the dashboard, the indicator pages, the JSON and the CSV, which all read the
 * stored report ({@link StoredReports}).
 */
final class IntegrityRequest {

    static final String OFFICER_NAMES_ROLE = "ROLE_CRIME_REGISTRAR";

    private IntegrityRequest() {
    }

    static StoredReport report(StoredReports reports, IntegrityChecks checks, String month, String level, String unit,
            Authentication user) {
        YearMonth asOf = month(month, checks);
        UnitLevel byLevel = level == null || level.isBlank() ? UnitLevel.TEAM : UnitLevel.parse(level).orElseThrow(
                () -> new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid level", "level", level,
                        "must be team, station or officer"));
        StoredReport stored = reports.report(asOf, byLevel, officerNames(user));
        if (unit == null || unit.isBlank()) {
            return stored;
        }
        if (!stored.report().units().contains(unit.strip())) {
            throw new InvalidRequestException(HttpStatus.FORBIDDEN, "Not a unit you may see", "unit", unit,
                    "is not a " + byLevel.noun().toLowerCase(java.util.Locale.ROOT) + " shown to you for this period"
                            + (byLevel == UnitLevel.OFFICER && !officerNames(user) ? "; officers are shown to you by pseudonym only" : ""));
        }
        return stored.forUnit(unit.strip());
    }

    static boolean officerNames(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> OFFICER_NAMES_ROLE.equals(a.getAuthority()));
    }

    static YearMonth month(String month, IntegrityChecks checks) {
        if (month == null || month.isBlank()) {
            return checks.lastCompleteMonth();
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid month", "month", month,
                    "must be a month such as 2026-10");
        }
        if (parsed.isAfter(checks.lastCompleteMonth())) {
            throw new InvalidRequestException(HttpStatus.FORBIDDEN, "Month not complete", "month", month,
                    "must have ended: the latest month you may see is " + checks.lastCompleteMonth());
        }
        return parsed;
    }
}
