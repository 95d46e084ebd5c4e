package org.smartcourt.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtId;
import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.StatisticsScope;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property, on real PostgreSQL: for random cases of two courts of their own, for random periods and every measure,
 * the number the board reads from the cells equals the number of cases its list pages through (with small pages, so
 * every cursor form is crossed, and more candidates than one read of 500), with no case twice, for one court, for
 * both, and for one department. The lists are read to their end (without the stop at the number the API uses), so a
 * list longer than its number fails too.
 */
@IntegrationTest
class DrillDownDatabaseTests {

	@Autowired
	CaseFactStore facts;

	@Autowired
	CellStore cells;

	@Autowired
	Definitions definitions;

	@Autowired
	IndicatorBoard board;

	@Autowired
	DrillDown drill;

	@Test
	void everyListPagesThroughExactlyItsNumber() {
		String a = "T" + UUID.randomUUID().toString().substring(0, 8);
		String b = "T" + UUID.randomUUID().toString().substring(0, 8);
		UUID department = UUID.randomUUID();
		RandomFacts random = new RandomFacts(11, List.of(a, b), List.of(department, UUID.randomUUID()),
				List.of(UUID.randomUUID()));
		List<CaseFact> generated = random.facts(1500);
		FactEvaluation evaluation = new FactEvaluation(definitions);
		Map<CellKey, Long> changes = new HashMap<>();
		generated.forEach(f -> evaluation.addAll(definitions.measures(), f, +1, changes));
		facts.saveAll(generated, Instant.now());
		cells.add(changes);

		List<StatisticsScope> scopes = List.of(
				new StatisticsScope(List.of(new CourtId(a)), null, null, Set.of(), a),
				new StatisticsScope(List.of(new CourtId(a), new CourtId(b)), null, null, Set.of(), "both"),
				new StatisticsScope(List.of(new CourtId(a)), department, null, Set.of(), "department"));
		for (int trial = 0; trial < 8; trial++) {
			Period period = random.period();
			for (StatisticsScope scope : scopes) {
				for (Measure m : definitions.measures()) {
					for (Indicator.When when : m.basis().stock() ? List.of(Indicator.When.START, Indicator.When.END)
							: List.of(Indicator.When.PERIOD)) {
						long number = board.number(scope, period, m, when);
						long listed = 0;
						Set<UUID> seen = new HashSet<>();
						DrillDown.Cursor cursor = null;
						do {
							DrillDown.Page page = drill.page(scope, period, m, when, cursor, 7, null);
							for (DrillDown.Row row : page.rows()) {
								assertThat(seen.add(row.fact().caseId())).as("no case twice").isTrue();
								listed += row.value();
							}
							cursor = page.next();
						}
						while (cursor != null);
						assertThat(listed).as("%s %s %s in %s", scope.label(), m.id(), when, period.text())
							.isEqualTo(number);
					}
				}
			}
		}
	}
}
