package org.smartcourt.bench.data;

import java.util.Locale;

/** How much of the province to generate: cases registered over a number of years ending on the as-of date. */
enum Scale {

	/** 10,000 cases in one year: CI runs it. */
	SMALL(10_000, 1),
	/** 1,000,000 cases: a year of Jilin. */
	PROVINCE(1_000_000, 1),
	/** 10,000,000 cases over ten years, ~100M docket entries. */
	DECADE(10_000_000, 10);

	private final long cases;
	private final int years;

	Scale(long cases, int years) {
		this.cases = cases;
		this.years = years;
	}

	long cases() {
		return cases;
	}

	int years() {
		return years;
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Scale of(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}
}
