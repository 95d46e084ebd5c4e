package org.smartcourt.bench.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code cluster}: two app nodes against one PostgreSQL (issue 10 "Several app nodes"). Without {@code --node1}
 * it starts everything itself under {@code --dir}: the database, then node 1 and node 2 as processes of their own
 * ({@code --start together} starts both nodes at once), runs {@link ClusterRun} with a real {@code SIGKILL} of node 2,
 * and stops the rest. With {@code --node1 URL --node2 URL --db-url JDBC [--kill-pid PID]} it checks nodes started
 * elsewhere ({@code bench/cluster.sh}) and kills process {@code PID} (node 2) under load.
 *
 * <p>{@code cluster-postgres [--dir D] [--port 5433]}: only the database, for the script; stops on SIGTERM.
 */
public final class ClusterCommand {

	private static final List<String> OPTIONS = List.of("dir", "filings", "clients", "kill-after", "node1", "node2",
			"db-url", "kill-pid", "start", "port");

	private final Map<String, String> options = new HashMap<>();

	private ClusterCommand(List<String> args) {
		for (int i = 0; i < args.size(); i += 2) {
			String name = args.get(i).replaceFirst("^--", "");
			if (!args.get(i).startsWith("--") || !OPTIONS.contains(name) || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --name value with a name of " + OPTIONS + ", got " + args.get(i));
			}
			options.put(name, args.get(i + 1));
		}
	}

	/** {@code bench.jar cluster …}; exits non-zero when a check failed. */
	public static void run(List<String> args) throws Exception {
		ClusterReport report = new ClusterCommand(args).cluster();
		if (!report.passed()) {
			System.exit(1);
		}
	}

	/** {@code bench.jar cluster-postgres …}: runs the database until the process is stopped. */
	public static void postgres(List<String> args) throws Exception {
		ClusterCommand command = new ClusterCommand(args);
		ClusterDatabase database = ClusterDatabase.start(command.dir().resolve("pg"), command.number("port", 5433));
		Runtime.getRuntime().addShutdownHook(new Thread(database::close));
		System.out.println("PostgreSQL (fsync on) ready: " + database.jdbcUrl());
		Thread.currentThread().join();
	}

	private ClusterReport cluster() throws Exception {
		ClusterRun.Load load = new ClusterRun.Load(number("filings", 200), number("clients", 8),
				number("kill-after", number("filings", 200) / 3));
		if (options.containsKey("node1")) {
			Optional<ProcessHandle> node2 = Optional.ofNullable(options.get("kill-pid")).map(Long::parseLong)
				.flatMap(ProcessHandle::of);
			return ClusterRun.check(options.get("node1"), required("node2"), required("db-url"), load,
					() -> node2.ifPresent(p -> {
						System.out.println("# kill -9 " + p.pid());
						p.destroyForcibly();
					}));
		}
		Path dir = dir();
		deleteRecursively(dir);
		System.out.println("# cluster in " + dir.toAbsolutePath() + " (node logs there)");
		long started = System.nanoTime();
		try (ClusterDatabase database = ClusterDatabase.start(dir.resolve("pg"), 0)) {
			System.out.println("# PostgreSQL (fsync on) at " + database.jdbcUrl());
			Path shared = dir.resolve("shared");
			String classPath = System.getProperty("java.class.path");
			AppNode node1 = AppNode.launch("node-1", classPath,
					AppNode.settings("node-1", freePort(), database.jdbcUrl(), shared), dir);
			try (node1) {
				boolean together = "together".equals(options.get("start"));
				if (!together) {
					node1.awaitUp(Duration.ofMinutes(3));
				}
				AppNode node2 = AppNode.launch("node-2", classPath,
						AppNode.settings("node-2", freePort(), database.jdbcUrl(), shared), dir);
				try (node2) {
					CompletableFuture.allOf(CompletableFuture.runAsync(() -> node1.awaitUp(Duration.ofMinutes(3))),
							CompletableFuture.runAsync(() -> node2.awaitUp(Duration.ofMinutes(3)))).join();
					System.out.printf("# both nodes up after %.1f s (%s): %s (pid %d), %s (pid %d)%n",
							(System.nanoTime() - started) / 1e9, together ? "started together" : "one after the other",
							node1.base(), node1.pid(), node2.base(), node2.pid());
					return ClusterRun.check(node1.base(), node2.base(), database.jdbcUrl(), load, () -> {
						System.out.println("# kill -9 node-2 (pid " + node2.pid() + ")");
						node2.kill();
					});
				}
			}
		}
	}

	private Path dir() {
		return Path.of(options.getOrDefault("dir", "bench/target/run/cluster"));
	}

	private int number(String name, int fallback) {
		return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
	}

	private String required(String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required with --node1");
		}
		return value;
	}

	static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void deleteRecursively(Path dir) throws java.io.IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
