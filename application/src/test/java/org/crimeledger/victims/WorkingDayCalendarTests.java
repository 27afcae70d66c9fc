package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Victims' Code deadlines in working days: weekends and bank holidays do not count. */
class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    @Test
    void twoWorkingDaysFromATuesdayIsThursday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 10), 2)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void theWeekendDoesNotCount() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 13), 2)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 14), 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void easterFridayAndMondayDoNotCount() {
        // Thursday 2 April 2026, then Good Friday, the weekend and Easter Monday: one working day is Tuesday 7 April.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 5)).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void zeroDaysIsTheSameWorkingDayOrTheNextOne() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 10), 0)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
