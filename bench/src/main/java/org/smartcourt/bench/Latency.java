package org.smartcourt.bench;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/** A latency distribution in nanoseconds (HdrHistogram, 3 significant digits), printed in milliseconds. */
final class Latency {

	private static final long MAX_NANOS = 3_600_000_000_000L;

	private final Histogram histogram = new Histogram(MAX_NANOS, 3);

	/** A fresh histogram for recording from one thread (merge others with {@link #add}). */
	Latency() {
	}

	void record(long nanos) {
		histogram.recordValue(Math.min(Math.max(nanos, 0), MAX_NANOS));
	}

	void add(Histogram other) {
		histogram.add(other);
	}

	long count() {
		return histogram.getTotalCount();
	}

	double percentileMillis(double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1e6;
	}

	/** {@code n=… p50=… p95=… p99=… max=… ms}. */
	String summary() {
		if (histogram.getTotalCount() == 0) {
			return "n=0";
		}
		return String.format(Locale.ROOT, "n=%d p50=%.3f p95=%.3f p99=%.3f p99.9=%.3f max=%.3f mean=%.3f ms",
				histogram.getTotalCount(), percentileMillis(50), percentileMillis(95), percentileMillis(99),
				percentileMillis(99.9), histogram.getMaxValue() / 1e6, histogram.getMean() / 1e6);
	}
}
