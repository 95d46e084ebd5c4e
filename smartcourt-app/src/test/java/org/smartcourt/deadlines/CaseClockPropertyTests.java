package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of case clocks over random event histories (seeded, so a failure can be replayed): another excluded
 * interval never makes the last day earlier; a rule that moves off rest days never ends on one; the explanation
 * names every event's article.
 */
class CaseClockPropertyTests {

	private static final long SEED = 20261129L;
	private static final int RUNS = 1500;
	private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
	private static final List<String> TRIAL_RULES = List.of("civil-first-ordinary", "civil-first-simple",
			"civil-small-claims", "civil-second-judgment", "civil-second-ruling", "administrative-first",
			"administrative-simple", "administrative-second", "criminal-first", "criminal-second", "criminal-simple",
			"criminal-fast-track", "criminal-retrial", "enforcement", "enforcement-non-litigation", "special-procedure",
			"retrial-review");

	@Test
	void anotherExcludedIntervalNeverMakesTheLastDayEarlier() {
		Random random = new Random(SEED);
		for (int i = 0; i < RUNS; i++) {
			History h = history(random);
			CaseClock before = compute(h.rule, h.start, h.events, h.today, h.inCustody);
			LocalDate from = h.cursor.plusDays(1 + random.nextInt(30));
			LocalDate to = random.nextInt(5) == 0 ? null : from.plusDays(random.nextInt(60));
			List<ClockEvent> more = new ArrayList<>(h.events);
			more.add(random.nextInt(more.size() + 1), new ClockEvent.Excluded(from, to, "鉴定期间", "《民诉解释》第二百四十三条"));
			CaseClock after = compute(h.rule, h.start, more, h.today, h.inCustody);
			assertThat(after.due()).as("%s from %s with %s then %s~%s", h.rule, h.start, h.events, from, to)
				.isAfterOrEqualTo(before.due());
			assertThat(after.excludedDays()).isGreaterThanOrEqualTo(before.excludedDays());
		}
	}

	@Test
	void aRuleThatMovesOffRestDaysNeverEndsOnOne() {
		Random random = new Random(SEED + 1);
		int checked = 0;
		for (int i = 0; i < RUNS; i++) {
			History h = history(random);
			CaseClock clock = compute(h.rule, h.start, h.events, h.today, false);
			if (clock.rule().movesOffRestDay() && WorkedExampleTests.CALENDAR.covers(clock.due().getYear())) {
				assertThat(WorkedExampleTests.CALENDAR.isWorkingDay(clock.due()))
					.as("%s from %s with %s: %s", h.rule, h.start, h.events, clock.explanationText())
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(RUNS / 3);
	}

	@Test
	void theExplanationNamesEveryEventsArticle() {
		Random random = new Random(SEED + 2);
		for (int i = 0; i < RUNS; i++) {
			History h = history(random);
			CaseClock clock = compute(h.rule, h.start, h.events, h.today, h.inCustody);
			String text = clock.explanationText();
			assertThat(text).contains(clock.rule().citation().text(), "届满日：" + DeadlineCalculator.format(clock.due()));
			for (ClockEvent event : h.events) {
				String cited = event instanceof ClockEvent.Excluded x ? x.citation()
						: event instanceof ClockEvent.Extended x ? x.citation()
								: event instanceof ClockEvent.Restarted r ? r.citation()
										: WorkedExampleTests.RULES.find(((ClockEvent.RuleChanged) event).rule())
											.orElseThrow()
											.citation()
											.text();
				assertThat(text).as("%s with %s", h.rule, h.events).contains(cited, DeadlineCalculator.format(event.on()));
			}
			if (clock.due().isAfter(clock.start()) && clock.status() == ClockStatus.PAUSED) {
				assertThat(text).contains("尚未结束");
			}
		}
	}

	private static CaseClock compute(String rule, LocalDate start, List<ClockEvent> events, LocalDate today,
			boolean inCustody) {
		return CaseClockWorkedExampleTests.ENGINE.compute(new CaseClockQuery(RuleId.of(rule), start, events, today,
				inCustody));
	}

	/** A random but valid history: disjoint exclusions, extensions, now and then a change of rule or a restart. */
	private static History history(Random random) {
		String rule = TRIAL_RULES.get(random.nextInt(TRIAL_RULES.size()));
		LocalDate start = FIRST.plusDays(random.nextInt(700));
		List<ClockEvent> events = new ArrayList<>();
		LocalDate cursor = start;
		int steps = random.nextInt(5);
		for (int k = 0; k < steps; k++) {
			LocalDate on = cursor.plusDays(1 + random.nextInt(40));
			switch (random.nextInt(6)) {
				case 0, 1, 2 -> {
					LocalDate to = on.plusDays(random.nextInt(45));
					events.add(new ClockEvent.Excluded(on, to, "公告期间", "《2000年规定》第九条第（六）项" + k));
					cursor = to;
					continue;
				}
				case 3 -> events.add(new ClockEvent.Extended(on, 1 + random.nextInt(3), PeriodUnit.MONTHS, "本院院长",
						"《依据》第" + k + "条"));
				case 4 -> events.add(new ClockEvent.RuleChanged(on,
						RuleId.of(TRIAL_RULES.get(random.nextInt(TRIAL_RULES.size()))), random.nextBoolean(), "转换程序"));
				default -> events.add(new ClockEvent.Restarted(on,
						RuleId.of(TRIAL_RULES.get(random.nextInt(TRIAL_RULES.size()))), "发回重审", "《刑事诉讼法》第二百四十一条"));
			}
			cursor = on;
		}
		List<ClockEvent> shuffled = new ArrayList<>(events);
		java.util.Collections.shuffle(shuffled, random);
		return new History(rule, start, shuffled, cursor, cursor.plusDays(random.nextInt(200)), random.nextBoolean());
	}

	private record History(String rule, LocalDate start, List<ClockEvent> events, LocalDate cursor, LocalDate today,
			boolean inCustody) {
	}
}
