package org.smartcourt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcourt.appraisal.internal.AppraisalPeriod;
import org.smartcourt.deadlines.CalendarDay;
import org.smartcourt.deadlines.Citation;
import org.smartcourt.deadlines.Confidence;
import org.smartcourt.deadlines.CountingLaw;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DayKind;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;

/**
 * 鉴定期限 (法〔2020〕202号 item 13, as the rules {@code appraisal} and {@code appraisal-complex}): 30 or 60 working days
 * from the acceptance, across the 2026 National Day holiday (1–7 October rest, 10 October 调休 working day); the wait
 * for supplementary material is not counted; an approved extension sets a new last day.
 */
class AppraisalPeriodTests {

	private static final CourtCalendar CALENDAR = calendar();
	private static final Deadlines DEADLINES = deadlines();

	@Test
	void thirtyWorkingDaysSkipTheNationalDayHolidayAndCountTheMakeUpSaturday() {
		// accepted Tuesday 2026-09-22; working days: 23–25 (3), 28–30 (6), 8–9 Oct (8), Sat 10 Oct (9), 12–16 (14),
		// 19–23 (19), 26–30 (24), 2–6 Nov (29), 9 Nov (30)
		AppraisalPeriod.Due due = AppraisalPeriod.compute(DEADLINES, false, LocalDate.of(2026, 9, 22), List.of(), null,
				LocalDate.of(2026, 9, 22));
		assertThat(due.due()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(due.waiting()).isFalse();
		assertThat(String.join("", due.explanation())).contains("第十三条");
	}

	@Test
	void complexMattersHaveSixtyWorkingDays() {
		AppraisalPeriod.Due ordinary = AppraisalPeriod.compute(DEADLINES, false, LocalDate.of(2026, 11, 2), List.of(),
				null, LocalDate.of(2026, 11, 2));
		AppraisalPeriod.Due complex = AppraisalPeriod.compute(DEADLINES, true, LocalDate.of(2026, 11, 2), List.of(), null,
				LocalDate.of(2026, 11, 2));
		assertThat(ordinary.due()).isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 11, 2), 30))
			.isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(complex.due()).isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2026, 11, 2), 60))
			.isEqualTo(LocalDate.of(2027, 1, 26));
	}

	@Test
	void theWaitForMaterialIsNotCounted() {
		LocalDate accepted = LocalDate.of(2026, 11, 2);
		// asked on 10 November, the material arrived on 20 November: 10–19 November (10 days) are not counted
		AppraisalPeriod.Due supplied = AppraisalPeriod.compute(DEADLINES, false, accepted,
				List.of(new AppraisalPeriod.MaterialWait(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20))), null,
				LocalDate.of(2026, 11, 25));
		assertThat(supplied.excludedDays()).isEqualTo(10);
		assertThat(supplied.due()).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(supplied.waiting()).isFalse();

		AppraisalPeriod.Due open = AppraisalPeriod.compute(DEADLINES, false, accepted,
				List.of(new AppraisalPeriod.MaterialWait(LocalDate.of(2026, 11, 10), null)), null, LocalDate.of(2026, 11, 12));
		assertThat(open.waiting()).isTrue();
		assertThat(open.excludedDays()).isEqualTo(3);
		assertThat(open.due()).isEqualTo(LocalDate.of(2026, 12, 17));
	}

	@Test
	void anApprovedExtensionSetsTheNewLastDayAndLaterWaitsAreAdded() {
		LocalDate accepted = LocalDate.of(2026, 11, 2);
		AppraisalPeriod.Extension extension = new AppraisalPeriod.Extension(LocalDate.of(2026, 12, 10),
				LocalDate.of(2027, 1, 15));
		AppraisalPeriod.Due extended = AppraisalPeriod.compute(DEADLINES, false, accepted, List.of(), extension,
				LocalDate.of(2026, 12, 10));
		assertThat(extended.due()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(String.join("", extended.explanation())).contains("批准延长鉴定期限至2027-01-15");

		AppraisalPeriod.Due withWait = AppraisalPeriod.compute(DEADLINES, false, accepted,
				List.of(new AppraisalPeriod.MaterialWait(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 25))), extension,
				LocalDate.of(2026, 12, 28));
		assertThat(withWait.due()).isEqualTo(LocalDate.of(2027, 1, 20));
	}

	private static CourtCalendar calendar() {
		List<CalendarDay> days = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			days.add(new CalendarDay(LocalDate.of(2026, 10, d), DayKind.REST, "国庆节"));
		}
		days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班"));
		days.add(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.REST, "元旦"));
		return new CourtCalendar(days, List.of(2026, 2027));
	}

	private static Deadlines deadlines() {
		Citation item13 = new Citation("最高人民法院关于人民法院民事诉讼中委托鉴定审查工作若干问题的规定", "第十三条", "", "",
				"2020-09-01");
		List<DeadlineRule> rules = List.of(
				new DeadlineRule(RuleId.of("appraisal"), "鉴定期限", "民事·委托鉴定", 30, PeriodUnit.WORKING_DAYS, "委托鉴定",
						item13, CountingLaw.CIVIL, true, Confidence.MEDIUM, ""),
				new DeadlineRule(RuleId.of("appraisal-complex"), "鉴定期限（重大、疑难、复杂案件）", "民事·委托鉴定", 60,
						PeriodUnit.WORKING_DAYS, "委托鉴定", item13, CountingLaw.CIVIL, true, Confidence.MEDIUM, ""));
		DeadlineCalculator calculator = new DeadlineCalculator(CALENDAR);
		return new Deadlines() {
			@Override
			public List<DeadlineRule> rules() {
				return rules;
			}

			@Override
			public Optional<DeadlineRule> rule(RuleId id) {
				return rules.stream().filter(r -> r.id().equals(id)).findFirst();
			}

			@Override
			public DeadlineResult compute(DeadlineQuery query) {
				return calculator.compute(rule(query.rule()).orElseThrow(), query);
			}
		};
	}
}
