package org.smartcourt.bench.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the cluster checks measured (figures by name, in order) and every property that did not hold. */
public final class ClusterReport {

	private final Map<String, Object> figures = new LinkedHashMap<>();
	private final List<String> failures = new ArrayList<>();

	synchronized void figure(String name, Object value) {
		figures.put(name, value);
		System.out.printf("  %-34s %s%n", name, value);
	}

	synchronized void require(boolean holds, String property) {
		if (!holds) {
			failures.add(property);
			System.out.println("  FAILED: " + property);
		}
	}

	public synchronized Map<String, Object> figures() {
		return Map.copyOf(figures);
	}

	public synchronized long number(String name) {
		return ((Number) figures.get(name)).longValue();
	}

	public synchronized List<String> failures() {
		return List.copyOf(failures);
	}

	public synchronized boolean passed() {
		return failures.isEmpty();
	}
}
