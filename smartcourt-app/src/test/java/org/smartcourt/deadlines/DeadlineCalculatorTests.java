package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/** The explanation's wording, the refusals, and the calendar's own rules. */
class DeadlineCalculatorTests {

	private final DeadlineCalculator calculator = new DeadlineCalculator(WorkedExampleTests.CALENDAR);

	private static DeadlineRule rule(String id) {
		return WorkedExampleTests.RULES.find(RuleId.of(id)).orElseThrow();
	}

	@Test
	void explainsTheIssueExampleInChinese() {
		DeadlineResult result = calculator.compute(rule("civil-first-simple"), DeadlineQuery.of(
				RuleId.of("civil-first-simple"), LocalDate.of(2026, 3, 2),
				List.of(new Exclusion(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 2), "鉴定期间"))));
		assertThat(result.explanation()).containsExactly(
				"自2026年3月2日立案次日起算，开始之日不计入期间（《民事诉讼法》第八十五条第二款；《最高人民法院关于严格执行案件审理期限制度的若干规定》第八条）。",
				"适用民事一审简易程序审限三个月（《民事诉讼法》第一百六十四条），按公历月计算，到期月的对应日为期间的最后一日，计至2026年6月2日。",
				"扣除鉴定期间：2026年4月1日至2026年5月2日，共32日。",
				"扣除期间合计32日，不计入期间，届满日相应顺延至2026年7月4日（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条、《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条）。",
				"届满日2026年7月4日为周末休息日（星期六），顺延至其后的第一个工作日2026年7月6日（《民事诉讼法》第八十五条第三款）。",
				"说明：经本院院长批准可延长一个月；延长后累计不得超过四个月（民诉解释第二百五十八条）；转为普通程序的从原立案之日起计算。",
				"期限届满日：2026年7月6日。");
	}

	@Test
	void namesTheHolidayAndTheMonthEndRule() {
		DeadlineResult result = calculator.compute(rule("civil-first-ordinary"),
				DeadlineQuery.of(RuleId.of("civil-first-ordinary"), LocalDate.of(2025, 4, 30), List.of()));
		assertThat(result.due()).isEqualTo(LocalDate.of(2025, 10, 30));
		DeadlineResult holiday = calculator.compute(rule("appeal-judgment"),
				DeadlineQuery.of(RuleId.of("appeal-judgment"), LocalDate.of(2024, 9, 16), List.of()));
		assertThat(holiday.explanationText()).contains("届满日2024年10月1日为法定休假日（国庆节），顺延至其后的第一个工作日2024年10月8日");
		DeadlineResult monthEnd = calculator.compute(rule("civil-small-claims"),
				DeadlineQuery.of(RuleId.of("civil-small-claims"), LocalDate.of(2025, 12, 31), List.of()));
		assertThat(monthEnd.explanationText()).contains("到期月没有31日，以月末日为最后一日（参照《民法典》第二百零二条）");
	}

	@Test
	void explainsCustodyAndPointsInTimeWithoutMoving() {
		DeadlineResult custody = calculator.compute(rule("criminal-first"), new DeadlineQuery(
				RuleId.of("criminal-first"), LocalDate.of(2025, 8, 1), null, List.of(), true));
		assertThat(custody.explanationText()).contains("被告人在押", "《刑事诉讼法》第一百零五条第四款");
		DeadlineResult freeze = calculator.compute(rule("preservation-real-property-seizure"), DeadlineQuery.of(
				RuleId.of("preservation-real-property-seizure"), LocalDate.of(2023, 10, 4), List.of()));
		assertThat(freeze.explanationText()).contains("本期间不作顺延", "2023年的节假日安排尚未载入");
	}

	@Test
	void explainsHourPeriods() {
		DeadlineResult result = calculator.compute(rule("preservation-urgent"), new DeadlineQuery(
				RuleId.of("preservation-urgent"), LocalDate.of(2026, 9, 30), LocalTime.of(16, 20), List.of(), false));
		assertThat(result.explanationText()).contains("自2026年9月30日16时20分接受保全申请起算", "自2026年9月30日17时00分起计算",
				"四十八小时", "《民事诉讼法》第一百零三条第三款", "期限届满时间：2026年10月2日17时00分");
	}

	@Test
	void refusesReversedOverlappingEarlyAndHourExclusions() {
		RuleId id = RuleId.of("civil-first-ordinary");
		LocalDate start = LocalDate.of(2026, 3, 2);
		assertThatThrownBy(() -> calculator.compute(rule("civil-first-ordinary"), DeadlineQuery.of(id, start, List.of(
				new Exclusion(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "鉴定期间"),
				new Exclusion(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), "公告期间"),
				new Exclusion(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20), "和解期间"),
				new Exclusion(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), " ")))))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
				assertThat(ex.code()).isEqualTo("deadline-request-invalid");
				assertThat(ex.fieldProblems()).extracting(p -> p.field() + ":" + p.code())
					.containsExactly("exclusions[0].to:reversed", "exclusions[2]:overlap",
							"exclusions[3].reason:required", "exclusions[3].from:before-start");
			});
		assertThatThrownBy(() -> calculator.compute(rule("preservation-urgent"), DeadlineQuery.of(
				RuleId.of("preservation-urgent"), start,
				List.of(new Exclusion(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), "鉴定期间")))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(p -> p.field() + ":" + p.code())
				.containsExactly("start:time-required", "exclusions:not-applicable"));
	}

	@Test
	void weekendsRestUnlessTheArrangementSaysOtherwise() {
		CourtCalendar calendar = WorkedExampleTests.CALENDAR;
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 2)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(calendar.coveredYears()).containsExactlyInAnyOrder(2024, 2025, 2026);
		assertThat(calendar.missingYears(LocalDate.of(2026, 11, 29))).containsExactly(2027);
		assertThat(calendar.missingYears(LocalDate.of(2025, 6, 1))).isEmpty();
		assertThat(CourtCalendar.weekendsOnly().missingYears(LocalDate.of(2026, 1, 1))).containsExactly(2026, 2027);
	}

	@Test
	void writesNumbersAsStatutesDo() {
		assertThat(PeriodUnit.DAYS.describe(15)).isEqualTo("十五日");
		assertThat(PeriodUnit.HOURS.describe(48)).isEqualTo("四十八小时");
		assertThat(PeriodUnit.WORKING_DAYS.describe(30)).isEqualTo("三十个工作日");
		assertThat(PeriodUnit.MONTHS.describe(6)).isEqualTo("六个月");
		assertThat(PeriodUnit.DAYS.describe(102)).isEqualTo("一百零二日");
		assertThat(PeriodUnit.DAYS.describe(115)).isEqualTo("一百一十五日");
	}
}
