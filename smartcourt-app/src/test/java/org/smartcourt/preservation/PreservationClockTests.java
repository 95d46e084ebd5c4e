package org.smartcourt.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.smartcourt.preservation.internal.PreservationClocks;
import org.smartcourt.preservation.internal.PreservationClocks.Due;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ruling, enforcement, lifting, review and 30-day clocks, computed by the deadlines engine on the real holiday
 * calendar (国庆节 2026: 10月1日至7日).
 */
@IntegrationTest
class PreservationClockTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	PreservationClocks clocks;

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	@Test
	void aPreSuitApplicationIsRuledWithinFortyEightHoursAcrossMidnightAndTheHoliday() {
		// the hour it starts in is not counted (《民事诉讼法》第八十五条第二款): from 21:00, 48 hours, holiday or not
		Due due = clocks.ruling(PreservationKind.PRE_SUIT, false, at("2026-09-30T20:15"));
		assertThat(due.at()).isEqualTo(at("2026-10-02T21:00"));
		assertThat(due.result().explanationText()).contains("第八十五条");
		assertThat(due.citation()).isEqualTo("《民事诉讼法》第一百零四条第二款");
	}

	@Test
	void anUrgentApplicationInLitigationIsRuledWithinFortyEightHours() {
		Due due = clocks.ruling(PreservationKind.IN_LITIGATION, true, at("2026-11-29T23:30"));
		assertThat(due.at()).isEqualTo(at("2026-12-02T00:00"));
		assertThat(due.citation()).isEqualTo("《民事诉讼法》第一百零三条第三款");
	}

	@Test
	void otherwiseFiveDaysFromTheApplicationOrFromTheDaySecurityWasGiven() {
		Due fromApplication = clocks.ruling(PreservationKind.IN_LITIGATION, false, at("2026-11-23T09:00"));
		// day five is Saturday 28 November; the last day moves to Monday
		assertThat(fromApplication.day()).isEqualTo(LocalDate.of(2026, 11, 30));
		// security given on Monday 28 September: day five is 3 October, in the holiday; the last day moves to 8 October
		Due fromSecurity = clocks.ruling(PreservationKind.IN_LITIGATION, false, at("2026-09-28T16:00"));
		assertThat(fromSecurity.day()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(fromSecurity.at()).isEqualTo(at("2026-10-09T00:00"));
		assertThat(fromSecurity.citation()).isEqualTo("《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第四条");
	}

	@Test
	void enforcementWithinFiveDaysOfTheRulingAtOnceWhenUrgent() {
		Instant ruled = at("2026-12-01T10:00");
		assertThat(clocks.enforcement(false, ruled).day()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(clocks.enforcement(true, ruled).at()).isEqualTo(ruled);
	}

	@Test
	void reviewIsAskedWithinFiveDaysOfServiceAndDecidedWithinTen() {
		assertThat(clocks.reviewApplication(LocalDate.of(2026, 11, 30)).day()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(clocks.reviewApplication(LocalDate.of(2026, 12, 1)).day()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(clocks.reviewDecision(LocalDate.of(2026, 12, 1)).day()).isEqualTo(LocalDate.of(2026, 12, 11));
		assertThat(clocks.reviewDecision(LocalDate.of(2026, 12, 1)).citation())
			.isEqualTo("《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第二十五条第一款");
	}

	@Test
	void thirtyDaysToSueAfterAPreSuitMeasureNotMovedOffRestDays() {
		assertThat(clocks.suitWindow(LocalDate.of(2026, 11, 29)).day()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(clocks.suitWindow(LocalDate.of(2026, 9, 1)).day()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(clocks.suitWindow(LocalDate.of(2026, 9, 1)).citation()).isEqualTo("《民事诉讼法》第一百零四条第三款");
	}

	@Test
	void liftingWithinFiveDaysOrFortyEightHoursWhenUrgent() {
		assertThat(clocks.lift(true, at("2026-09-30T08:00")).at()).isEqualTo(at("2026-10-02T09:00"));
		assertThat(clocks.lift(false, at("2026-09-30T08:00")).day()).isEqualTo(LocalDate.of(2026, 10, 8));
	}
}
