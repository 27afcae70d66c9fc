package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordingClockTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final RecordingClock clock = new RecordingClock(List.of(
            new RecordingTimeLimit(LocalDate.of(2015, 4, 1), Duration.ofHours(24), "CRR26 p.10"),
            new RecordingTimeLimit(LocalDate.of(2002, 4, 1), Duration.ofHours(72), "NCRS 2002")), LONDON);

    @Test
    void theClockStartsWhenTheReportIsReceived() {
        Instant received = Instant.parse("2026-11-26T09:15:00Z");

        assertThat(clock.deadline(received)).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
    }

    @Test
    void aReportIsJudgedByTheRuleInForceOnTheDayItWasReceived() {
        Instant received = Instant.parse("2013-06-17T10:00:00Z");

        assertThat(clock.limitFor(received).limit()).isEqualTo(Duration.ofHours(72));
        assertThat(clock.deadline(received)).isEqualTo(Instant.parse("2013-06-20T10:00:00Z"));
    }

    @Test
    void theReportDateIsTheForcesLocalDate() {
        // 23:30 UTC on 31 March 2015 is already 1 April in London (BST): the 24-hour rule applies.
        Instant received = Instant.parse("2015-03-31T23:30:00Z");

        assertThat(clock.limitFor(received).limit()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void timeLeftTurnsNegativeOnceTheDeadlinePasses() {
        Instant received = Instant.parse("2026-11-26T09:00:00Z");

        assertThat(clock.timeLeft(received, Instant.parse("2026-11-26T21:00:00Z"))).isEqualTo(Duration.ofHours(12));
        assertThat(clock.timeLeft(received, Instant.parse("2026-11-27T10:00:00Z"))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void aLateDecisionHasADelayAndAnInTimeOneHasNone() {
        Instant received = Instant.parse("2026-11-26T09:00:00Z");

        assertThat(clock.delay(received, Instant.parse("2026-11-27T11:30:00Z"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(clock.delay(received, Instant.parse("2026-11-26T12:00:00Z"))).isZero();
    }

    @Test
    void aReportBeforeAnyRuleIsRefusedNotGuessed() {
        assertThatThrownBy(() -> clock.limitFor(Instant.parse("1999-01-01T00:00:00Z")))
                .hasMessageContaining("No recording time limit is in force for a report received on 1999-01-01");
    }
}
