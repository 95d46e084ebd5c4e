package org.smartcourt.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the JMH microbenchmarks of {@code org.smartcourt.bench.jmh}. Without arguments it uses short iterations (one
 * fork, 3 × 1 s warm-up, 5 × 1 s measurement) so the whole suite finishes in a few minutes; any arguments are passed to
 * JMH unchanged ({@code -h} for its help).
 */
final class JmhCommand {

	static final List<String> DEFAULTS = List.of("-f", "1", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "-rf",
			"json", "-rff", "bench/target/jmh-result.json", "org.smartcourt.bench.jmh");

	private JmhCommand() {
	}

	static void run(List<String> args) throws Exception {
		List<String> jmh = new ArrayList<>(args.isEmpty() ? DEFAULTS : args);
		org.openjdk.jmh.Main.main(jmh.toArray(String[]::new));
	}
}
