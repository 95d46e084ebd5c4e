package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.internal.clock.ClockRuleTable;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule the case-clock table names exists in the deadline engine, so no case silently goes without a 审限. */
@IntegrationTest
class ClockRulesKnownTests {

	@Autowired
	Deadlines deadlines;

	@Test
	void everyRuleNamedByTheTableIsKnownToTheEngine() {
		assertThat(ClockRuleTable.bundled().rows())
			.allSatisfy(row -> assertThat(deadlines.rule(row.rule())).as(row.key() + " " + row.procedure()).isPresent());
	}
}
