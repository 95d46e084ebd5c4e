package org.smartcourt.supervision.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.supervision.Period;

/**
 * A judge's figures, summed in memory from their cases through {@link FactEvaluation} (a judge has thousands of
 * cases, not millions, so they need no cells); the same sums the cells give for a court.
 */
final class MeasureSums {

	private MeasureSums() {
	}

	static Map<String, CellStore.Sums> of(List<CaseFact> facts, List<Measure> measures, FactEvaluation evaluation,
			Period period) {
		Map<String, CellStore.Sums> out = new HashMap<>();
		YearMonth from = period.from();
		YearMonth to = period.to();
		for (Measure m : measures) {
			long[] sums = new long[3];
			for (CaseFact f : facts) {
				evaluation.contributions(m, f, (month, delta) -> {
					YearMonth ym = YearMonth.from(month);
					if (ym.isAfter(to)) {
						return;
					}
					sums[2] += delta;
					if (ym.isBefore(from)) {
						sums[1] += delta;
					}
					else {
						sums[0] += delta;
					}
				});
			}
			out.put(m.id(), new CellStore.Sums(sums[0], sums[1], sums[2]));
		}
		return out;
	}
}
