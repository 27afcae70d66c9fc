package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.crimeledger.outcomes.OutcomePolicyCode;
import org.crimeledger.outcomes.PolicyData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bank-holiday calendar, entitlements and outcome policies as the migrations load them. */
@DatabaseTest
class VictimsCodeDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VictimsCode code;

    @Autowired
    PolicyData policyData;

    List<LocalDate> holidays() {
        return jdbc.sql("select day from bank_holiday order by day").query(LocalDate.class).list();
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the table. */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(year, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
    }

    @Test
    void everyYearFrom2015To2030HasGoodFridayAndEasterMondayWhereEasterFalls() {
        Set<LocalDate> days = Set.copyOf(holidays());
        for (int year = 2015; year <= 2030; year++) {
            LocalDate easter = easterSunday(year);
            assertThat(days).as("Good Friday %d", year).contains(easter.minusDays(2));
            assertThat(days).as("Easter Monday %d", year).contains(easter.plusDays(1));
        }
        assertThat(easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void theSpecialDaysAreThereAndTheDaysTheyMovedAreNot() {
        Set<LocalDate> days = Set.copyOf(holidays());
        assertThat(days).contains(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 1));
        // The early May holiday moved to VE Day in 2020; the spring holiday moved to the jubilee in 2022.
        assertThat(days).doesNotContain(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
    }

    @Test
    void holidaysAtAWeekendHaveSubstituteDays() {
        Set<LocalDate> days = Set.copyOf(holidays());
        // Christmas 2021 fell on a Saturday: Monday 27 and Tuesday 28 December; New Year 2022 on a Saturday: 3 January.
        assertThat(days).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28), LocalDate.of(2022, 1, 3));
        assertThat(holidays()).allSatisfy(day -> assertThat(day.getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        var perYear = holidays().stream().collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
        assertThat(perYear.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(2015, 2030).boxed().toList());
        perYear.forEach((year, count) -> assertThat(count).as("holidays in %d", year)
                .isEqualTo(year == 2022 ? 10L : year == 2023 ? 9L : 8L));
    }

    @Test
    void theEntitlementCodesAndTheTableAgree() {
        assertThat(code.entitlements()).extracting(EntitlementDefinition::code)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Entitlement.values()).map(Enum::name).toList());
        assertThat(code.entitlement(Entitlement.REFERRAL_TO_SUPPORT).days(false)).isEqualTo(2);
        assertThat(code.entitlement(Entitlement.UPDATE_ON_DECISION).days(false)).isEqualTo(5);
        assertThat(code.entitlement(Entitlement.UPDATE_ON_DECISION).days(true)).isEqualTo(1);
    }

    @Test
    void theOutcomePolicyCodesAndTheTableAgree() {
        assertThat(policyData.policies()).extracting(p -> p.code())
                .containsExactlyInAnyOrder(OutcomePolicyCode.values());
        assertThat(policyData.policy(OutcomePolicyCode.SIGNIFICANT_OFFENDING_HISTORY).threshold()).isEqualTo(3);
        assertThat(policyData.indictableOnly("34B")).isTrue();
        assertThat(policyData.indictableOnly("105A")).isFalse();
    }

    @Test
    void enhancedRightsFollowTheCriteria() {
        assertThat(code.enhancedRightsFor(new VictimCircumstances("19C", "SEXUAL_OFFENCES", List.of(), 30)))
                .extracting(EnhancedRightsCriterion::code).containsExactly("SEXUAL_OFFENCE");
        assertThat(code.enhancedRightsFor(new VictimCircumstances("49", "THEFT_OFFENCES", List.of(), 17)))
                .extracting(EnhancedRightsCriterion::code).containsExactly("UNDER_18");
        assertThat(code.enhancedRightsFor(new VictimCircumstances("49", "THEFT_OFFENCES", List.of("HATE_RACE"), 40)))
                .extracting(EnhancedRightsCriterion::code).containsExactly("HATE_RACE");
        assertThat(code.enhancedRightsFor(new VictimCircumstances("49", "THEFT_OFFENCES", List.of(), null))).isEmpty();
    }
}
