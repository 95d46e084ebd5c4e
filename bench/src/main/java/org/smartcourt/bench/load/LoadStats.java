package org.smartcourt.bench.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The statistics of a load run by operation. Requests are recorded only while {@link #measuring()} is on: the
 * warm-up sends the same requests but leaves no figures.
 */
final class LoadStats {

	private final Map<String, OperationStats> operations = new ConcurrentSkipListMap<>();
	private final Map<String, Long> warmupErrors = new ConcurrentHashMap<>();
	private volatile boolean measuring;

	void measure(boolean on) {
		this.measuring = on;
	}

	boolean measuring() {
		return measuring;
	}

	void record(String operation, int status, long nanos) {
		if (measuring) {
			operations.computeIfAbsent(operation, OperationStats::new).record(status, nanos);
		}
		else if ((status < 200 || status >= 400) && !operation.endsWith("-probe")) {
			warmupErrors.merge(operation + " " + status, 1L, Long::sum);
		}
	}

	List<OperationStats> operations() {
		return List.copyOf(operations.values());
	}

	Map<String, Long> warmupErrors() {
		return Map.copyOf(warmupErrors);
	}
}
