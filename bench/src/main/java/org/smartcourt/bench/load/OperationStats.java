package org.smartcourt.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one operation of the load did in the measured window: latencies (HdrHistogram, nanoseconds, 3 significant
 * digits) of every answered request, and the answers counted by HTTP status ({@code 0} = no answer: timeout or
 * connection refused). Recorded from many threads.
 */
final class OperationStats {

	static final long MAX_NANOS = 120_000_000_000L;

	private final String name;
	private final Recorder recorder = new Recorder(MAX_NANOS, 3);
	private final Histogram total = new Histogram(MAX_NANOS, 3);
	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

	OperationStats(String name) {
		this.name = name;
	}

	String name() {
		return name;
	}

	void record(int status, long nanos) {
		recorder.recordValue(Math.min(Math.max(nanos, 0), MAX_NANOS));
		statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
	}

	/** Everything recorded so far (call once, at the end of the window). */
	synchronized Histogram histogram() {
		total.add(recorder.getIntervalHistogram());
		return total;
	}

	Map<Integer, Long> statuses() {
		Map<Integer, Long> out = new TreeMap<>();
		statuses.forEach((status, n) -> out.put(status, n.sum()));
		return out;
	}

	long errors() {
		return statuses().entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 400)
			.mapToLong(Map.Entry::getValue).sum();
	}
}
