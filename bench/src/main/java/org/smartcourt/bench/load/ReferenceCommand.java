package org.smartcourt.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcourt.bench.Machine;
import org.smartcourt.bench.Options;

/**
 * {@code reference}: the references alone (pgbench simple-update, the plain-JDBC registration loop, raw SHA-256), on
 * the PostgreSQL of a data directory or of a running app, written to {@code bench/results/<name>.json}. The
 * {@code load} command measures the same in the same run with {@code --reference true}.
 */
public final class ReferenceCommand {

	static final List<String> OPTIONS = List.of("dir", "jdbc", "seconds", "clients", "threads", "name");

	private ReferenceCommand() {
	}

	public static void run(List<String> args) throws Exception {
		Options options = new Options(args, OPTIONS);
		List<String> line = new ArrayList<>(List.of("reference"));
		line.addAll(args);
		System.out.println(Machine.describe());
		String jdbc = options.string("jdbc", null);
		Target target = jdbc != null ? Target.remote(List.of(), jdbc)
				: Target.inProcess(options.path("dir", Path.of("bench/target/run/reference")), options.string("dir", null) == null);
		try (target) {
			if (target.fresh()) {
				prepare(target);
			}
			String name = options.string("name", "reference");
			Map<String, Object> json = ResultFile.header("reference", name, line, target.db());
			json.putAll(new ReferenceRunner(target.db(), target.jdbcUrl(), options.duration("seconds", Duration.ofSeconds(10)),
					options.integer("clients", 16), options.integer("threads", 16)).run());
			json.put("loadAverageAfter", Machine.loadAverage());
			System.out.println("# wrote " + ResultFile.write(name, json));
		}
	}

	/** A fresh demo app has no registered case to copy: register a few through the load's set-up. */
	private static void prepare(Target target) throws Exception {
		new LoadCommand(new Options(List.of("--scenario", "reads", "--users", "1", "--warmup", "0", "--seconds", "1",
				"--prepare-cases", "5", "--name", "reference-setup"), LoadCommand.OPTIONS), List.of("reference-setup"))
			.withoutFile().execute(target);
	}
}
