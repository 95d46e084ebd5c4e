package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties over many random starts and exclusions (seeded, so a failure can be replayed): exclusions never make a
 * deadline earlier; a deadline of a day or month rule that moves off rest days never falls on one; the explanation
 * names the rule, its article and every move and exclusion.
 */
class DeadlinePropertyTests {

	private static final long SEED = 20261129L;
	private static final int RUNS = 2000;
	private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

	private final List<DeadlineRule> rules = WorkedExampleTests.RULES.all()
		.stream()
		.filter(r -> r.unit() != PeriodUnit.HOURS)
		.toList();

	private final DeadlineCalculator calculator = new DeadlineCalculator(WorkedExampleTests.CALENDAR);

	@Test
	void addingAnExcludedIntervalNeverMakesADeadlineEarlier() {
		Random random = new Random(SEED);
		for (int i = 0; i < RUNS; i++) {
			DeadlineRule rule = rules.get(random.nextInt(rules.size()));
			LocalDate start = FIRST.plusDays(random.nextInt(900));
			List<Exclusion> exclusions = new ArrayList<>();
			LocalDate cursor = start;
			DeadlineResult before = compute(rule, start, exclusions);
			for (int k = 0; k < 3; k++) {
				LocalDate from = cursor.plusDays(1 + random.nextInt(40));
				LocalDate to = from.plusDays(random.nextInt(30));
				exclusions.add(new Exclusion(from, to, "鉴定期间"));
				cursor = to;
				DeadlineResult after = compute(rule, start, exclusions);
				assertThat(after.due()).as("%s from %s with %s", rule.id(), start, exclusions)
					.isAfterOrEqualTo(before.due());
				assertThat(after.due()).isAfterOrEqualTo(before.due().plusDays(to.toEpochDay() - from.toEpochDay() + 1)
					.minusDays(10)); // at least the added days, give or take the earlier move off a holiday
				before = after;
			}
		}
	}

	@Test
	void aDeadlineThatMovesOffRestDaysNeverFallsOnOne() {
		Random random = new Random(SEED + 1);
		int checked = 0;
		for (int i = 0; i < RUNS; i++) {
			DeadlineRule rule = rules.get(random.nextInt(rules.size()));
			if (!rule.movesOffRestDay()) {
				continue;
			}
			LocalDate start = FIRST.plusDays(random.nextInt(800));
			List<Exclusion> exclusions = random.nextBoolean() ? List.of()
					: List.of(new Exclusion(start.plusDays(1), start.plusDays(1 + random.nextInt(60)), "公告期间"));
			DeadlineResult result = compute(rule, start, exclusions);
			if (WorkedExampleTests.CALENDAR.covers(result.due().getYear())) {
				assertThat(WorkedExampleTests.CALENDAR.isWorkingDay(result.due()))
					.as("%s from %s due %s", rule.id(), start, result.due())
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(RUNS / 2);
	}

	@Test
	void theExplanationNamesTheRuleItsArticleEveryExclusionAndEveryMove() {
		Random random = new Random(SEED + 2);
		for (int i = 0; i < RUNS; i++) {
			DeadlineRule rule = rules.get(random.nextInt(rules.size()));
			LocalDate start = FIRST.plusDays(random.nextInt(900));
			List<Exclusion> exclusions = random.nextBoolean() ? List.of()
					: List.of(new Exclusion(start.plusDays(2), start.plusDays(2 + random.nextInt(40)), "管辖异议期间"));
			DeadlineResult result = compute(rule, start, exclusions);
			String text = result.explanationText();
			assertThat(text).contains(rule.name(), rule.lengthText(), rule.citation().text(),
					rule.counting().startDay().text(), DeadlineCalculator.format(start),
					"期限届满日：" + DeadlineCalculator.format(result.due()));
			for (Exclusion e : result.exclusions()) {
				assertThat(text).contains("扣除" + e.reason(), DeadlineCalculator.format(e.from()), "共" + e.days() + "日");
			}
			for (Shift s : result.shifts()) {
				assertThat(text).contains("届满日" + DeadlineCalculator.format(s.from()) + "为" + s.reason(),
						"顺延至其后的第一个工作日" + DeadlineCalculator.format(s.to()), rule.counting().lastDay().text());
			}
		}
	}

	private DeadlineResult compute(DeadlineRule rule, LocalDate start, List<Exclusion> exclusions) {
		return calculator.compute(rule, DeadlineQuery.of(rule.id(), start, exclusions));
	}
}
