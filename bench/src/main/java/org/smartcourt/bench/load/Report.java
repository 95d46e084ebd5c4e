package org.smartcourt.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** The load's table per operation, the targets and the ratios to the references. */
final class Report {

	/** A target of issue 10: an operation's figure and its bound. */
	record Target(String prefix, String figure, double bound, boolean atLeast, String label) {
	}

	static final List<Target> TARGETS = List.of(
			new Target("clerk.register", "throughput", 500, true, "registration ≥ 500/s sustained"),
			new Target("clerk.register", "p99", 200, false, "registration p99 < 200 ms"),
			new Target("judge.list-", "p95", 50, false, "judge's case list p95 < 50 ms"),
			new Target("judge.case-", "p95", 50, false, "case page p95 < 50 ms"),
			new Target("search.", "p95", 50, false, "case search p95 < 50 ms"),
			new Target("supervision.", "p95", 300, false, "审判质效 board and drill-down p95 < 300 ms"));

	private Report() {
	}

	static List<Map<String, Object>> table(List<OperationStats> operations, double seconds) {
		List<Map<String, Object>> rows = new ArrayList<>();
		System.out.printf("%-28s %8s %9s %9s %9s %9s %9s %9s  %s%n", "operation", "count", "per s", "p50 ms", "p95 ms",
				"p99 ms", "p99.9 ms", "max ms", "answers by status");
		for (OperationStats op : operations) {
			Histogram h = op.histogram();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("operation", op.name());
			row.put("count", h.getTotalCount());
			row.put("throughput", h.getTotalCount() / seconds);
			row.put("p50", ms(h.getValueAtPercentile(50)));
			row.put("p95", ms(h.getValueAtPercentile(95)));
			row.put("p99", ms(h.getValueAtPercentile(99)));
			row.put("p999", ms(h.getValueAtPercentile(99.9)));
			row.put("max", ms(h.getMaxValue()));
			row.put("mean", h.getMean() / 1e6);
			row.put("statuses", op.statuses());
			row.put("errors", op.errors());
			rows.add(row);
			System.out.printf(Locale.ROOT, "%-28s %8d %9.1f %9.2f %9.2f %9.2f %9.2f %9.2f  %s%n", op.name(),
					h.getTotalCount(), h.getTotalCount() / seconds, row.get("p50"), row.get("p95"), row.get("p99"),
					row.get("p999"), row.get("max"), op.statuses());
		}
		return rows;
	}

	/** Each target whose operations were measured: the worst of them against the bound. */
	static List<Map<String, Object>> targets(List<Map<String, Object>> operations) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Target target : TARGETS) {
			List<Map<String, Object>> matching = operations.stream()
				.filter(o -> ((String) o.get("operation")).startsWith(target.prefix())).toList();
			if (matching.isEmpty()) {
				continue;
			}
			String worstOp = null;
			double worst = target.atLeast() ? Double.MAX_VALUE : -1;
			for (Map<String, Object> o : matching) {
				double v = ((Number) o.get(target.figure())).doubleValue();
				if (target.atLeast() ? v < worst : v > worst) {
					worst = v;
					worstOp = (String) o.get("operation");
				}
			}
			boolean met = target.atLeast() ? worst >= target.bound() : worst < target.bound();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("target", target.label());
			row.put("operation", worstOp);
			row.put("figure", target.figure());
			row.put("value", worst);
			row.put("bound", target.bound());
			row.put("met", met);
			out.add(row);
			System.out.printf(Locale.ROOT, "# target %-34s %s %s = %.2f -> %s%n", target.label(), worstOp,
					target.figure(), worst, met ? "met" : "MISSED");
		}
		return out;
	}

	/** "registration throughput = X% of plain JDBC, Y% of pgbench". */
	static Map<String, Object> ratios(List<Map<String, Object>> operations, Map<String, Object> reference) {
		Map<String, Object> out = new LinkedHashMap<>();
		double registrations = operations.stream().filter(o -> o.get("operation").equals("clerk.register"))
			.mapToDouble(o -> ((Number) o.get("throughput")).doubleValue()).sum();
		if (registrations == 0) {
			return out;
		}
		Object jdbc = reference.get("jdbcRegistrationsPerSecond");
		Object pgbench = reference.get("pgbenchTps");
		String text = String.format(Locale.ROOT, "registration throughput %.0f/s", registrations);
		if (jdbc instanceof Number n && n.doubleValue() > 0) {
			out.put("percentOfPlainJdbc", 100 * registrations / n.doubleValue());
			text += String.format(Locale.ROOT, " = %.0f%% of plain JDBC (%.0f/s)", 100 * registrations / n.doubleValue(),
					n.doubleValue());
		}
		if (pgbench instanceof Number n && n.doubleValue() > 0) {
			out.put("percentOfPgbench", 100 * registrations / n.doubleValue());
			text += String.format(Locale.ROOT, ", %.0f%% of pgbench simple-update (%.0f tps)",
					100 * registrations / n.doubleValue(), n.doubleValue());
		}
		out.put("ratioText", text);
		System.out.println("# " + text);
		return out;
	}

	private static double ms(long nanos) {
		return Math.round(nanos / 1e4) / 100.0;
	}
}
