package org.smartcourt.mediation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The wage table (reference/mediation/average-wage.csv): 民诉法 art. 165 takes the figure of the year before the
 * filing (上年度); when that year is not yet in the table the latest earlier year is used and the router says so.
 */
public class AverageWages {

	private final List<WageFigure> figures;

	public AverageWages(List<WageFigure> figures) {
		this.figures = List.copyOf(figures);
	}

	/** The figure for {@code year} or, failing that, the latest year before it. */
	public Optional<WageFigure> forYear(String province, int year) {
		return figures.stream()
			.filter(f -> f.province().equals(province) && f.year() <= year)
			.max(Comparator.comparingInt(WageFigure::year));
	}

	public List<WageFigure> all() {
		return figures;
	}
}
