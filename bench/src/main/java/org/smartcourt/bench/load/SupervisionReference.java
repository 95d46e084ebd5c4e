package org.smartcourt.bench.load;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.smartcourt.bench.Machine;
import org.smartcourt.bench.Options;
import tools.jackson.databind.JsonNode;

/**
 * The 审判质效 board against an analytics engine, in one run on one machine: the app answers from its monthly cells
 * (over HTTP, as the president who may see the scope); DuckDB answers the same numbers by scanning an export of the
 * same case facts. Both are timed over the same rounds and every number must agree, else the run fails.
 */
public final class SupervisionReference {

	public static final List<String> OPTIONS = List.of("url", "jdbc", "rounds", "name", "export");

	/** The indicators' exclusions, as in {@code reference/supervision/indicators.json}. */
	private static final Set<String> EXCLUDED = Set.of("诉前调确", "诉前调书", "执保", "执恢", "民诉前调");

	/** A scope read by a president: the account, its query and the courts DuckDB filters on. */
	private record Scenario(String name, String username, String query, String period, String courtsSql) {
	}

	/** The numbers compared: (measure, when) as the board's terms name them. */
	private static final List<String> TERMS = List.of("received PERIOD", "closed PERIOD", "pending START",
			"pending END", "closedWithClock PERIOD", "closedWithinLegal PERIOD", "trialDays PERIOD",
			"pendingOver12 END");

	private final Options options;
	private final List<String> commandLine;

	private SupervisionReference(List<String> args) {
		this.options = new Options(args, OPTIONS);
		this.commandLine = args;
	}

	public static void run(List<String> args) throws Exception {
		new SupervisionReference(args).execute();
	}

	private void execute() throws Exception {
		System.out.println(Machine.describe());
		String base = options.string("url", "http://127.0.0.1:8080");
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setUrl(options.string("jdbc", "jdbc:postgresql://127.0.0.1:5432/smartcourt?user=postgres"));
		int rounds = options.integer("rounds", 30);
		Path export = Path.of(options.string("export", "bench/target/supervision-facts.csv"));

		long t0 = System.nanoTime();
		long rows = exportFacts(pg, export);
		double exportSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("exported %,d case facts in %.1f s to %s%n", rows, exportSeconds, export);

		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
			long t1 = System.nanoTime();
			try (Statement s = duck.createStatement()) {
				s.execute("create table facts as select * from read_csv('" + export.toAbsolutePath()
						+ "', header = true, columns = {'case_id': 'VARCHAR', 'court_id': 'VARCHAR', 'type_code': 'VARCHAR', "
						+ "'registered_on': 'DATE', 'closed_on': 'DATE', 'due_on': 'DATE', 'extensions': 'INTEGER', "
						+ "'excluded_days': 'BIGINT'})");
			}
			double loadSeconds = (System.nanoTime() - t1) / 1e9;
			System.out.printf("DuckDB loaded them in %.1f s%n", loadSeconds);

			LoadHttp http = new LoadHttp(List.of(base), new LoadStats(), Duration.ofSeconds(60));
			List<Map<String, Object>> results = new ArrayList<>();
			for (Scenario sc : scenarios()) {
				Account account = http.signIn(sc.username(), null);
				Histogram app = new Histogram(60_000_000_000L, 3);
				Histogram engine = new Histogram(60_000_000_000L, 3);
				Map<String, Long> appNumbers = null;
				Map<String, Long> duckNumbers = null;
				for (int r = 0; r < rounds + 3; r++) {
					long a = System.nanoTime();
					LoadHttp.Answer answer = http.api("board", account, "/api/v1/supervision/board?" + sc.query()
							+ "&period=" + sc.period(), a);
					long appNanos = System.nanoTime() - a;
					if (!answer.ok()) {
						throw new IllegalStateException(sc.name() + ": " + answer.status() + " " + answer.body());
					}
					long d = System.nanoTime();
					duckNumbers = duck(duck, sc);
					long duckNanos = System.nanoTime() - d;
					if (r >= 3) {
						app.recordValue(appNanos);
						engine.recordValue(duckNanos);
					}
					appNumbers = numbers(http.read(answer));
				}
				if (!appNumbers.equals(duckNumbers)) {
					throw new IllegalStateException(sc.name() + ": the app says " + appNumbers + ", DuckDB " + duckNumbers);
				}
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("scenario", sc.name());
				row.put("period", sc.period());
				row.put("numbers", appNumbers);
				row.put("appP50Ms", app.getValueAtPercentile(50) / 1e6);
				row.put("appP95Ms", app.getValueAtPercentile(95) / 1e6);
				row.put("duckdbP50Ms", engine.getValueAtPercentile(50) / 1e6);
				row.put("duckdbP95Ms", engine.getValueAtPercentile(95) / 1e6);
				results.add(row);
				System.out.printf("%-40s app p50 %7.1f p95 %7.1f ms | DuckDB p50 %7.1f p95 %7.1f ms | %s%n", sc.name(),
						row.get("appP50Ms"), row.get("appP95Ms"), row.get("duckdbP50Ms"), row.get("duckdbP95Ms"),
						appNumbers);
			}
			Map<String, Object> out = ResultFile.header("supervision-reference",
					options.string("name", "supervision-reference"), commandLine, pg);
			out.put("rounds", rounds);
			out.put("factsExported", rows);
			out.put("exportSeconds", exportSeconds);
			out.put("duckdbLoadSeconds", loadSeconds);
			out.put("scenarios", results);
			System.out.println("wrote " + ResultFile.write(options.string("name", "supervision-reference"), out));
		}
	}

	private static List<Scenario> scenarios() {
		String all = "court_id is not null";
		return List.of(
				new Scenario("吉0104 (basic court), 2026", "president-0104", "", "2026", "court_id = '220104'"),
				new Scenario("吉01 and its courts, 2026-Q3", "president", "area=true", "2026-Q3",
						"(court_id = '220100' or court_id in (select id from courts where parent = '220100'))"),
				new Scenario("the province, 2026", "president-high", "area=true", "2026", all),
				new Scenario("the province, 2026-10", "president-high", "area=true", "2026-10", all));
	}

	private static long exportFacts(DataSource pg, Path file) throws Exception {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (Connection c = pg.getConnection();
				Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			return c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("copy (select case_id, court_id, type_code, registered_on, closed_on, due_on, extensions, "
						+ "excluded_days from supervision_case_fact) to stdout with (format csv, header)", w);
		}
	}

	/** The compared numbers of the board's answer. */
	private static Map<String, Long> numbers(JsonNode board) {
		Map<String, Long> out = new LinkedHashMap<>();
		for (JsonNode indicator : board.get("indicators")) {
			for (JsonNode t : indicator.get("terms")) {
				String key = t.get("measure").asString() + " " + t.get("when").asString();
				if (TERMS.contains(key) && t.get("period").asString().equals(board.get("period").asString())) {
					out.put(key, t.get("value").asLong());
				}
			}
		}
		Map<String, Long> ordered = new LinkedHashMap<>();
		TERMS.forEach(k -> ordered.put(k, out.get(k)));
		return ordered;
	}

	private static Map<String, Long> duck(Connection duck, Scenario sc) throws Exception {
		YearMonth from;
		YearMonth to;
		if (sc.period().contains("-Q")) {
			int q = sc.period().charAt(sc.period().length() - 1) - '0';
			from = YearMonth.of(Integer.parseInt(sc.period().substring(0, 4)), (q - 1) * 3 + 1);
			to = from.plusMonths(2);
		}
		else if (sc.period().length() == 4) {
			from = YearMonth.of(Integer.parseInt(sc.period()), 1);
			to = YearMonth.of(Integer.parseInt(sc.period()), 12);
		}
		else {
			from = YearMonth.parse(sc.period());
			to = from;
		}
		LocalDate first = from.atDay(1);
		LocalDate last = to.atEndOfMonth();
		LocalDate before = first.minusDays(1);
		String excluded = String.join(",", EXCLUDED.stream().map(t -> "'" + t + "'").toList());
		String sql = """
				select count(*) filter (where registered_on between $first and $last),
				       count(*) filter (where closed_on between $first and $last),
				       count(*) filter (where registered_on <= $before and (closed_on is null or closed_on > $before)),
				       count(*) filter (where registered_on <= $last and (closed_on is null or closed_on > $last)),
				       count(*) filter (where closed_on between $first and $last and due_on is not null),
				       count(*) filter (where closed_on between $first and $last and due_on is not null
				                          and closed_on <= due_on),
				       coalesce(sum(closed_on - registered_on) filter (where closed_on between $first and $last), 0),
				       count(*) filter (where cast(registered_on + interval 12 month as date) + 1 <= $last
				                          and registered_on <= $last and (closed_on is null or closed_on > $last))
				  from facts where type_code not in (%s) and %s""".formatted(excluded,
				sc.courtsSql().replace("select id from courts where parent = '220100'", courtsUnder()))
			.replace("$first", "date '" + first + "'")
			.replace("$last", "date '" + last + "'")
			.replace("$before", "date '" + before + "'");
		try (PreparedStatement s = duck.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
			rs.next();
			Map<String, Long> out = new LinkedHashMap<>();
			for (int i = 0; i < TERMS.size(); i++) {
				out.put(TERMS.get(i), rs.getLong(i + 1));
			}
			return out;
		}
	}

	/** The basic courts (and 人民法庭) below 吉01, from the app's own court tree file. */
	private static String courtsUnder() {
		try (var in = SupervisionReference.class.getResourceAsStream("/reference/organization/jilin-courts.csv")) {
			List<String> ids = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] f = line.split(",");
				if (f.length > 4 && !line.startsWith("#") && f[4].startsWith("2201") && !f[0].equals("220100")) {
					ids.add("'" + f[0] + "'");
				}
			}
			return String.join(",", ids);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
