package org.smartcourt.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.smartcourt.bench.Machine;
import org.smartcourt.bench.Options;

/**
 * {@code load}: drives the app over HTTP with virtual users per role (issue 10) and reports, per operation, count,
 * throughput, latency percentiles and errors by status; checks afterwards that every acknowledged registration made
 * exactly one case and that case numbers stay gapless; writes {@code bench/results/<name>.json}.
 */
public final class LoadCommand {

	static final List<String> OPTIONS = List.of("dir", "url", "jdbc", "scenario", "model", "users", "rate", "warmup",
			"seconds", "mix", "accounts", "name", "filings", "timeout", "max-concurrency", "search", "prepare-cases",
			"reference", "reference-seconds", "seed", "pool");

	/** The accounts of the demo data; the generator's are {@code bench-judge-<court>-<n>} (use % patterns). */
	static final String DEMO_ACCOUNTS = "litigant=litigant;clerk=filing-clerk-0104;judge=judge-0104;"
			+ "search=judge-0104,filing-clerk-0104;president=president-0104;"
			+ "supervision=president-high,president,president-0104";

	private final Options options;
	private final List<String> commandLine;
	private boolean write = true;

	LoadCommand(Options options, List<String> commandLine) {
		this.options = options;
		this.commandLine = commandLine;
	}

	public static void run(List<String> args) throws Exception {
		List<String> line = new ArrayList<>(List.of("load"));
		line.addAll(args);
		new LoadCommand(new Options(args, OPTIONS), line).run();
	}

	/** The outcome, for the smoke test. */
	record Outcome(List<OperationStats> operations, Registrations.Check registrations, Map<String, Object> json) {
	}

	private static Mix defaultMix(String scenario) {
		return Mix.parse(switch (scenario) {
			case "registration" -> "clerk=1";
			case "reads" -> "judge=3,search=2";
			case "mix" -> "litigant=3,clerk=2,judge=3,search=1,president=1";
			case "supervision" -> "supervision=1";
			default -> throw new IllegalArgumentException("--scenario registration|reads|mix|supervision, not " + scenario);
		});
	}

	void run() throws Exception {
		System.out.println(Machine.describe());
		String url = options.string("url", null);
		Target target = url != null
				? Target.remote(List.of(url.split(",")), options.string("jdbc",
						"jdbc:postgresql://127.0.0.1:5432/smartcourt?user=postgres"))
				: Target.inProcess(options.path("dir", Path.of("bench/target/run/load")), options.string("dir", null) == null);
		try (target) {
			execute(target);
		}
	}

	/** Runs without writing a result file (a set-up step of another command, a test). */
	LoadCommand withoutFile() {
		this.write = false;
		return this;
	}

	Outcome execute(Target target) throws Exception {
		String scenario = options.string("scenario", "mix");
		String model = options.string("model", "closed");
		Mix mix = options.string("mix", null) != null ? Mix.parse(options.string("mix", null)) : defaultMix(scenario);
		int users = options.integer("users", scenario.equals("registration") ? 32 : 16);
		if ("closed".equals(model)) {
			mix = mix.scaledTo(users);
		}
		double rate = Double.parseDouble(options.string("rate", "200"));
		Duration warmup = options.duration("warmup", Duration.ofSeconds(10));
		Duration seconds = options.duration("seconds", Duration.ofSeconds(30));
		String name = options.string("name", "load-" + scenario + "-" + model);
		DataSource db = target.db();
		Map<String, String> database = target.databaseSettings();
		System.out.println("# database: " + database);
		System.out.println("# scale: " + ResultFile.scale(db));
		Map<String, Object> json = ResultFile.header("load", name, commandLine, db);

		LoadStats stats = new LoadStats();
		LoadHttp http = new LoadHttp(target.bases(), stats, options.duration("timeout", Duration.ofSeconds(30)));
		Map<Role, List<Account>> accounts = signIn(http, db, options.string("accounts", DEMO_ACCOUNTS), mix);
		boolean search = searchEndpoint(http, accounts);
		Registrations registrations = new Registrations();
		Map<String, ConcurrentLinkedQueue<UUID>> queues = new ConcurrentHashMap<>();
		List<Account> clerks = accounts.getOrDefault(Role.CLERK, List.of());
		Account litigant = accounts.get(Role.LITIGANT).get(0);
		String filingCourt = clerks.isEmpty() ? "220104" : clerks.get(0).courtId();
		FilingSeed seed = new FilingSeed(http, db);
		CasePools pools = new CasePools(db, options.integer("pool", 1000));
		int prepare = options.integer("prepare-cases", target.fresh() ? 100 : 0);
		if (prepare > 0 && !clerks.isEmpty()) {
			prepareCases(http, seed, litigant, clerks.get(0), prepare, registrations);
		}
		if (mix.users().containsKey(Role.CLERK)) {
			long total = warmup.plus(seconds).toSeconds();
			int filings = options.integer("filings", (int) Math.max(1000, "open".equals(model) ? rate * total * 1.2
					: 600 * total));
			List<String> courts = clerks.stream().map(Account::courtId).distinct().toList();
			queues.putAll(seed.seed(litigant, courts, Math.max(100, filings / courts.size())));
			verifyOneClone(http, clerks.get(0), queues.get(clerks.get(0).courtId()), registrations);
		}
		Workload workload = new Workload(http, accounts, pools, queues, registrations, FilingSeed.loanSuit(filingCourt),
				search);
		LoadRunner runner = new LoadRunner(workload, stats);
		long seedValue = options.integer("seed", 42);
		System.out.printf("# %s, %s model, %s, warm-up %d s, measured %d s, nodes %s, search via %s%n", scenario, model,
				"closed".equals(model) ? "users " + mix : String.format("rate %.0f/s, mix %s", rate, mix),
				warmup.toSeconds(), seconds.toSeconds(), target.bases(),
				search ? "/api/v1/cases/search" : "/api/v1/cases/by-number");
		Machine.CpuSample cpuBefore = Machine.CpuSample.now();
		double[][] window = new double[2][];
		Thread sampler = new Thread(() -> {
			try {
				while (!stats.measuring()) {
					Thread.sleep(5);
				}
				window[0] = target.cpuSeconds();
				while (stats.measuring()) {
					Thread.sleep(5);
				}
				window[1] = target.cpuSeconds();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "load-cpu-sampler");
		sampler.setDaemon(true);
		sampler.start();
		double measured = "open".equals(model)
				? runner.open(mix, rate, options.integer("max-concurrency", 256), warmup, seconds, seedValue)
				: runner.closed(mix, warmup, seconds, seedValue);
		double cpu = Machine.CpuSample.now().busyPercentSince(cpuBefore);
		sampler.join(1000);
		String loadAfter = Machine.loadAverage();

		List<Map<String, Object>> operations = Report.table(stats.operations(), measured);
		System.out.printf("# machine CPU busy %.0f%% over the run; loadavg after: %s%n", cpu, loadAfter);
		Map<String, Object> cpuUse = window[1] == null ? Map.of() : cpuUse(window[0], window[1], stats.operations());
		if (!stats.warmupErrors().isEmpty()) {
			System.out.println("# errors during the warm-up: " + stats.warmupErrors());
		}
		if (workload.exhausted() > 0) {
			System.out.printf("# WARNING: clerks found no submitted filing %d times; raise --filings%n",
					workload.exhausted());
		}
		Registrations.Check check = null;
		if (registrations.count() > 0) {
			check = registrations.check(db);
			System.out.println("# registrations: " + check);
		}

		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("scenario", scenario);
		settings.put("model", model);
		settings.put("mix", mix.toString());
		settings.put("users", "closed".equals(model) ? mix.total() : null);
		settings.put("rate", "open".equals(model) ? rate : null);
		settings.put("warmupSeconds", warmup.toSeconds());
		settings.put("seconds", seconds.toSeconds());
		settings.put("nodes", target.bases());
		settings.put("accounts", accounts.entrySet().stream().collect(java.util.stream.Collectors.toMap(
				e -> e.getKey().key(), e -> e.getValue().stream().map(Account::username).toList())));
		settings.put("searchEndpoint", search ? "/api/v1/cases/search" : "/api/v1/cases/by-number");
		json.put("settings", settings);
		json.put("database", database);
		json.put("windowSeconds", measured);
		json.put("cpuBusyPercent", cpu);
		json.put("cpu", cpuUse);
		json.put("loadAverageAfter", loadAfter);
		json.put("operations", operations);
		json.put("warmupErrors", stats.warmupErrors());
		json.put("clerkQueueExhausted", workload.exhausted());
		json.put("registrations", check == null ? null : check.asMap());
		json.put("targets", Report.targets(operations));
		if (options.flag("reference", false)) {
			Map<String, Object> reference = new ReferenceRunner(db, target.jdbcUrl(),
					options.duration("reference-seconds", Duration.ofSeconds(10))).run();
			json.put("reference", reference);
			Report.ratios(operations, reference).forEach((k, v) -> json.put(k, v));
		}
		if (write) {
			System.out.println("# wrote " + ResultFile.write(name, json));
		}
		return new Outcome(stats.operations(), check, json);
	}

	/**
	 * CPU seconds of the app's JVM (in-process: it also runs the load generator) and of its PostgreSQL over the
	 * measured window, and per request answered in it: what one request costs, whatever else shares the machine.
	 */
	private static Map<String, Object> cpuUse(double[] before, double[] after, List<OperationStats> operations) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (before[0] < 0) {
			return out;
		}
		double jvm = after[0] - before[0];
		double pg = after[1] - before[1];
		long requests = operations.stream().mapToLong(o -> o.histogram().getTotalCount()).sum();
		out.put("jvmSeconds", jvm);
		out.put("postgresSeconds", pg);
		out.put("requests", requests);
		out.put("jvmMillisPerRequest", requests == 0 ? null : 1000 * jvm / requests);
		out.put("postgresMillisPerRequest", requests == 0 ? null : 1000 * pg / requests);
		System.out.printf("# CPU in the measured window: JVM (app + load generator) %.1f s, PostgreSQL %.1f s; "
				+ "per request answered %.1f ms + %.1f ms%n", jvm, pg, requests == 0 ? 0 : 1000 * jvm / requests,
				requests == 0 ? 0 : 1000 * pg / requests);
		return out;
	}

	private Map<Role, List<Account>> signIn(LoadHttp http, DataSource db, String spec, Mix mix) throws Exception {
		Map<Role, List<String>> names = new EnumMap<>(Role.class);
		for (String part : spec.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] kv = part.split("=", 2);
			names.put(Role.of(kv[0]), List.of(kv[1].split(",")));
		}
		Map<String, Account> signedIn = new LinkedHashMap<>();
		Map<Role, List<Account>> out = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			boolean needed = mix.users().containsKey(role) || role == Role.LITIGANT || role == Role.CLERK;
			if (!needed || !names.containsKey(role)) {
				if (mix.users().containsKey(role)) {
					throw new IllegalArgumentException("--accounts names no " + role.key() + " accounts");
				}
				continue;
			}
			List<Account> list = new ArrayList<>();
			for (String username : resolve(db, names.get(role))) {
				Account account = signedIn.get(username);
				if (account == null) {
					account = http.signIn(username, courtOf(db, username));
					signedIn.put(username, account);
				}
				list.add(account);
			}
			out.put(role, List.copyOf(list));
		}
		System.out.printf("# signed in %d accounts: %s%n", signedIn.size(), signedIn.keySet());
		return out;
	}

	/** Names with {@code %} are SQL LIKE patterns over the accounts (at most 100 each). */
	private static List<String> resolve(DataSource db, List<String> names) throws SQLException {
		List<String> out = new ArrayList<>();
		for (String name : names) {
			if (!name.contains("%")) {
				out.add(name.trim());
				continue;
			}
			try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
					"select username from user_account where username like ? order by username limit 100")) {
				s.setString(1, name.trim());
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						out.add(rs.getString(1));
					}
				}
			}
		}
		return out;
	}

	private static String courtOf(DataSource db, String username) throws SQLException {
		try (Connection c = db.getConnection();
				PreparedStatement s = c.prepareStatement("select court_id from user_account where username = ?")) {
			s.setString(1, username);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	private boolean searchEndpoint(LoadHttp http, Map<Role, List<Account>> accounts) {
		String searchMode = options.string("search", "auto");
		if (!searchMode.equals("auto")) {
			return searchMode.equals("search");
		}
		List<Account> searchers = accounts.getOrDefault(Role.SEARCH, accounts.getOrDefault(Role.CLERK, List.of()));
		if (searchers.isEmpty()) {
			return false;
		}
		return http.api("setup.search-probe", searchers.get(0), "/api/v1/cases/search?q=%E5%BC%A0%E4%BC%9F", System.nanoTime())
			.status() == 200;
	}

	/** Registers {@code count} cases through the API before the run, so a fresh demo court has cases to read. */
	private static void prepareCases(LoadHttp http, FilingSeed seed, Account litigant, Account clerk, int count,
			Registrations registrations) throws SQLException {
		ConcurrentLinkedQueue<UUID> filings = seed.seed(litigant, List.of(clerk.courtId()), count)
			.get(clerk.courtId());
		long started = System.nanoTime();
		int ok = 0;
		for (UUID filing : filings) {
			if (accept(http, clerk, filing, registrations, "setup.register")) {
				ok++;
			}
		}
		System.out.printf("# registered %d/%d cases before the run in %.1f s%n", ok, count,
				(System.nanoTime() - started) / 1e9);
	}

	private static void verifyOneClone(LoadHttp http, Account clerk, ConcurrentLinkedQueue<UUID> queue,
			Registrations registrations) {
		UUID filing = queue.poll();
		if (!accept(http, clerk, filing, registrations, "setup.register")) {
			throw new IllegalStateException("a cloned filing could not be registered through the API: " + filing);
		}
		System.out.println("# a cloned filing was registered through the API: " + filing);
	}

	private static boolean accept(LoadHttp http, Account clerk, UUID filing, Registrations registrations, String op) {
		LoadHttp.Answer accepted = http.post(op, clerk, "/api/v1/filings/" + filing + "/decision",
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"), null, System.nanoTime());
		if (!accepted.ok()) {
			System.out.printf("# %s of %s answered %d: %s%n", op, filing, accepted.status(), accepted.body());
			return false;
		}
		registrations.acknowledged(filing, http.read(accepted).path("decision").path("caseNumber").asString(""));
		return true;
	}
}
