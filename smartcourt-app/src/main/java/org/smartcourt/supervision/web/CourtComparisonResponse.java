package org.smartcourt.supervision.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.internal.Indicator;
import org.smartcourt.supervision.internal.TrialStatistics;

/**
 * An area's courts side by side for one indicator, in court order, with the distribution of their values (minimum,
 * quartiles, median, maximum) and the reference range where one is known: never a ranking (2024 审判质量管理指标体系).
 */
record CourtComparisonResponse(String indicator, String name, String period, String periodLabel, String unit,
		List<CourtResponse> courts, Distribution distribution, List<String> distributionDisplay,
		BigDecimal referenceLow, BigDecimal referenceHigh, String note) {

	static final String NOTE = "按法院代码排列，不排名：最高人民法院审判质量管理指标体系不得以指标排名，对比只看分布和参考区间。";

	record CourtResponse(String courtId, String name, String code, BigDecimal value, String display) {
	}

	/** The five-number summary of the courts that have a value. */
	record Distribution(int courts, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median,
			BigDecimal upperQuartile, BigDecimal max) {

		static Distribution of(List<BigDecimal> values) {
			List<BigDecimal> v = values.stream().filter(Objects::nonNull).sorted().toList();
			if (v.isEmpty()) {
				return new Distribution(0, null, null, null, null, null);
			}
			return new Distribution(v.size(), v.get(0), quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
					v.get(v.size() - 1));
		}

		/** Linear interpolation between the closest ranks (the usual "type 7" quantile). */
		private static BigDecimal quantile(List<BigDecimal> sorted, double q) {
			double h = (sorted.size() - 1) * q;
			int lo = (int) Math.floor(h);
			int hi = (int) Math.ceil(h);
			BigDecimal low = sorted.get(lo);
			BigDecimal frac = BigDecimal.valueOf(h - lo);
			return low.add(sorted.get(hi).subtract(low).multiply(frac)).setScale(low.scale(),
					java.math.RoundingMode.HALF_UP);
		}
	}

	static CourtComparisonResponse of(Indicator indicator, Period period, List<TrialStatistics.CourtValue> values) {
		List<CourtResponse> courts = values.stream()
			.map(c -> new CourtResponse(c.court().id().value(), c.court().name(), c.court().code(), c.value().value(),
					IndicatorFormat.format(c.value().value(), indicator.unit())))
			.toList();
		Distribution d = Distribution.of(courts.stream().map(CourtResponse::value).toList());
		List<String> display = java.util.stream.Stream.of(d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(),
				d.max()).map(v -> IndicatorFormat.format(v, indicator.unit())).toList();
		return new CourtComparisonResponse(indicator.id(), indicator.name(), period.text(), period.label(),
				indicator.unit().name(), courts, d, display, indicator.referenceLow(), indicator.referenceHigh(), NOTE);
	}
}
