package org.smartcourt.bench.data;

import java.time.LocalDate;

/**
 * What one {@code generate} run produces: a scale (or an explicit number of cases), a seed, and registrations over
 * {@code years} years ending on {@code asOf}. The same plan always produces the same rows.
 */
public record GenerationPlan(String scale, long cases, int years, long seed, LocalDate asOf) {

	/** The as-of date of the generated data: the last day cases are registered and the "today" of open clocks. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 27);

	LocalDate from() {
		return asOf.minusYears(years).plusDays(1);
	}

	/** How the run is recorded in {@code bench_generation}. */
	String key() {
		return scale + "/" + cases + "/" + years + "y/seed " + seed + "/as of " + asOf;
	}
}
