package org.smartcourt.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.supervision.Period;

/**
 * Property: for any cases and any period, every number (each measure in the period, or at its start or end) equals
 * what the list behind it adds up to. 300 random case sets of up to 400 cases, seeded so a failure replays.
 */
class ListsAddUpTests {

	private final Definitions definitions = Facts.shipped();
	private final FactEvaluation evaluation = new FactEvaluation(definitions);

	@Test
	void everyNumberIsWhatItsListAddsUpTo() {
		List<UUID> departments = List.of(UUID.randomUUID(), UUID.randomUUID());
		List<UUID> judges = List.of(UUID.randomUUID());
		for (long seed = 1; seed <= 300; seed++) {
			RandomFacts random = new RandomFacts(seed, List.of("220104"), departments, judges);
			List<CaseFact> facts = random.facts((int) (seed % 400));
			Period period = random.period();
			Map<String, CellStore.Sums> sums = MeasureSums.of(facts, definitions.measures(), evaluation, period);
			for (Measure m : definitions.measures()) {
				for (Indicator.When when : m.basis().stock() ? List.of(Indicator.When.START, Indicator.When.END)
						: List.of(Indicator.When.PERIOD)) {
					long listed = facts.stream()
						.filter(f -> evaluation.onList(m, when, period, f))
						.mapToLong(f -> m.basis().stock() ? 1 : evaluation.value(m, f))
						.sum();
					assertThat(Formula.read(sums.get(m.id()), when))
						.as("seed %d, %s %s in %s", seed, m.id(), when, period.text())
						.isEqualTo(listed);
				}
			}
		}
	}
}
