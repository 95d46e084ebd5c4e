package org.smartcourt.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * The plain-JDBC reference for a case registration: the rows one registration transaction writes, written by
 * {@code threads} threads without the application, one transaction per case. The rows are copies of those of a case
 * the app registered (the template), so their shapes and sizes are the app's: lock the submitted filing, take the
 * next number from {@code case_number_counter} (row lock), insert {@code court_case}, its {@code case_party} rows, the
 * 立案 {@code docket_entry}, the {@code audit_record}s of the case and the filing, the {@code event_publication}s, the
 * {@code fee_payment}, the {@code filing_event}, the {@code notification_message} and its deliveries, and update the
 * filing. Everything goes into a scratch schema {@code bench_ref} (tables made {@code like} the app's, with their
 * indexes), dropped afterwards, so the app's data and its gapless numbers stay untouched. The first half of the time
 * takes the number where the app takes it (right after locking the filing); the second half takes it last, just
 * before the commit ({@code counterLast}), to show what the counter's row lock costs one number series.
 */
final class JdbcRegistrationLoop {

	private static final String SCHEMA = "bench_ref";
	private static final List<String> TABLES = List.of("filing", "case_number_counter", "court_case", "case_party",
			"docket_entry", "audit_record", "event_publication", "fee_payment", "filing_event", "notification_message",
			"notification_delivery");

	private final DataSource db;
	private final Map<String, List<Column>> columns = new LinkedHashMap<>();

	private record Column(String name, boolean identity) {
	}

	JdbcRegistrationLoop(DataSource db) {
		this.db = db;
	}

	/** Registrations per second with {@code threads} threads over {@code seconds}; the template is the latest registered case. */
	Map<String, Object> run(int threads, double seconds) throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			UUID caseId;
			UUID filingId;
			String number;
			try (ResultSet rs = s.executeQuery("select id, filing_id, case_number from court_case where filing_id is not null "
					+ "order by registered_at desc limit 1")) {
				if (!rs.next()) {
					out.put("skipped", "no registered case to copy");
					return out;
				}
				caseId = rs.getObject(1, UUID.class);
				filingId = rs.getObject(2, UUID.class);
				number = rs.getString(3);
			}
			s.execute("drop schema if exists " + SCHEMA + " cascade");
			s.execute("create schema " + SCHEMA);
			for (String table : TABLES) {
				s.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
				columns.put(table, columns(c, table));
			}
			s.execute("insert into " + SCHEMA + ".case_number_counter select * from public.case_number_counter c "
					+ "where exists (select 1 from court_case k where k.id = '" + caseId + "' and k.court_code = c.court_code "
					+ "and coalesce(k.special_code, '') = c.special_code and k.type_code = c.type_code and k.receipt_year = c.year)");
			Template template = template(c, caseId, filingId, number);
			int filings = (int) Math.max(2000, 3000 * seconds);
			ConcurrentLinkedQueue<UUID> queue = new ConcurrentLinkedQueue<>();
			try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA + ".filing select "
					+ select("filing", Map.of("status", "'SUBMITTED'", "decision", "null", "create_key", "null",
					"submit_key", "null")) + " from public.filing t, "
					+ "generate_series(1, ?) where t.id = ? returning id")) {
				p.setInt(1, filings);
				p.setObject(2, filingId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						queue.add(rs.getObject(1, UUID.class));
					}
				}
			}
			out.putAll(measure(threads, seconds / 2, template, queue, false));
			out.put("rowsPerRegistration", template.rows());
			// the same with the number taken last, just before the commit: how long the counter's row lock is held
			// decides the throughput of one number series
			out.put("counterLast", measure(threads, seconds / 2, template, queue, true));
			s.execute("drop schema " + SCHEMA + " cascade");
		}
		return out;
	}

	private Map<String, Object> measure(int threads, double seconds, Template template, ConcurrentLinkedQueue<UUID> queue,
			boolean counterLast) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		List<Thread> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			Thread t = new Thread(() -> {
				try (Connection own = db.getConnection()) {
					own.setAutoCommit(false);
					UUID filing;
					while (System.nanoTime() < end && (filing = queue.poll()) != null) {
						try {
							register(own, template, filing, counterLast);
							own.commit();
							done.incrementAndGet();
						}
						catch (SQLException e) {
							own.rollback();
							if (failed.incrementAndGet() == 1) {
								System.out.println("# jdbc reference: " + e.getMessage());
							}
						}
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}, "jdbc-reference-" + i);
			workers.add(t);
			t.start();
		}
		for (Thread t : workers) {
			t.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("threads", threads);
		out.put("seconds", elapsed);
		out.put("registrations", done.get());
		out.put("failed", failed.get());
		out.put("registrationsPerSecond", done.get() / elapsed);
		return out;
	}

	/** One statement with named parameters ({@code :case}, {@code :filing}, {@code :number}, {@code :digits}, {@code :message}, {@code :template}). */
	private record Stmt(String sql, List<String> names) {

		static Stmt of(String named) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(case|filing|number|digits|message|template|provisional)\\b")
				.matcher(named);
			List<String> names = new ArrayList<>();
			while (m.find()) {
				names.add(m.group(1));
			}
			return new Stmt(m.replaceAll("?"), List.copyOf(names));
		}

		int run(Connection c, Map<String, String> values) throws SQLException {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				for (int i = 0; i < names.size(); i++) {
					p.setString(i + 1, values.get(names.get(i)));
				}
				return p.executeUpdate();
			}
		}
	}

	/** The template's rows as statements, and how many rows each registration writes. */
	private record Template(String number, List<Stmt> perCase, List<UUID> messages, Stmt message, Stmt deliveries,
			Stmt filingUpdate, String counter, Map<String, Object> rows) {
	}

	private Template template(Connection c, UUID caseId, UUID filingId, String number) throws SQLException {
		String reg = "(select registered_at from public.court_case where id = '" + caseId + "')";
		Map<String, String> where = new LinkedHashMap<>();
		where.put("court_case", "id = '" + caseId + "'");
		where.put("case_party", "case_id = '" + caseId + "'");
		where.put("docket_entry", "case_id = '" + caseId + "' and seq = 1");
		where.put("audit_record", "target_id in ('" + caseId + "', '" + filingId + "') and action in "
				+ "('case.register', 'filing.accept')");
		where.put("event_publication", "(serialized_event like '%" + caseId + "%' or serialized_event like '%" + filingId
				+ "%') and publication_date between " + reg + " - interval '1 second' and " + reg
				+ " + interval '2 seconds'");
		where.put("fee_payment", "reference = '" + number + "'");
		where.put("filing_event", "filing_id = '" + filingId + "' and status = 'ACCEPTED'");
		Map<String, Map<String, String>> overrides = Map.of(
				"court_case", Map.of("id", ":case::uuid", "filing_id", ":filing::uuid", "case_number", ":number",
						"number", ":digits"),
				"case_party", Map.of("case_id", ":case::uuid"),
				"docket_entry", Map.of("case_id", ":case::uuid"),
				"audit_record", Map.of("target_id", "replace(replace(t.target_id, '" + caseId + "', :case), '" + filingId
						+ "', :filing)"),
				"event_publication", Map.of("serialized_event", "replace(replace(t.serialized_event, '" + caseId
						+ "', :case), '" + filingId + "', :filing)"),
				"fee_payment", Map.of("reference", ":number"),
				"filing_event", Map.of("filing_id", ":filing::uuid"));
		List<Stmt> perCase = new ArrayList<>();
		Map<String, Object> rows = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			for (var table : where.entrySet()) {
				String name = table.getKey();
				// the template rows are copied once into small tables, so the loop reads no big table
				s.execute("create table " + SCHEMA + ".tpl_" + name + " as select * from public." + name + " t where "
						+ table.getValue() + (name.equals("event_publication")
								? " union all select * from public.event_publication_archive t where " + table.getValue()
								: ""));
				perCase.add(Stmt.of(insert(name, overrides.get(name), null)));
				try (ResultSet rs = s.executeQuery("select count(*) from " + SCHEMA + ".tpl_" + name)) {
					rs.next();
					rows.put(name, rs.getLong(1));
				}
			}
		}
		List<UUID> messages = new ArrayList<>();
		long deliveryRows;
		try (Statement s = c.createStatement()) {
			s.execute("create table " + SCHEMA + ".tpl_notification_message as select * from public.notification_message "
					+ "where link = '/filings/" + filingId + "' and created_at >= " + reg + " - interval '1 second'");
			s.execute("create table " + SCHEMA + ".tpl_notification_delivery as select * from public.notification_delivery "
					+ "where message_id in (select id from " + SCHEMA + ".tpl_notification_message)");
			try (ResultSet rs = s.executeQuery("select id from " + SCHEMA + ".tpl_notification_message")) {
				while (rs.next()) {
					messages.add(rs.getObject(1, UUID.class));
				}
			}
			try (ResultSet rs = s.executeQuery("select count(*) from " + SCHEMA + ".tpl_notification_delivery")) {
				rs.next();
				deliveryRows = rs.getLong(1);
			}
		}
		rows.put("notification_message", messages.size());
		rows.put("notification_delivery", deliveryRows);
		rows.put("case_number_counter (update)", 1);
		rows.put("filing (update)", 1);
		Stmt message = Stmt.of(insert("notification_message", Map.of("id", ":message::uuid", "delivery_key",
				"t.delivery_key || ':' || :case"), "id = :template::uuid"));
		Stmt deliveries = Stmt.of(insert("notification_delivery", Map.of("message_id", ":message::uuid"),
				"message_id = :template::uuid"));
		Stmt filingUpdate = Stmt.of("update " + SCHEMA + ".filing f set status = 'ACCEPTED', decision = t.decision, "
				+ "updated_at = now(), version = f.version + 1 from public.filing t where t.id = '" + filingId
				+ "' and f.id = :filing::uuid");
		String counter = "update " + SCHEMA + ".case_number_counter set last = last + 1 returning last";
		return new Template(number, perCase, messages, message, deliveries, filingUpdate, counter, rows);
	}

	private void register(Connection c, Template template, UUID filing, boolean counterLast) throws SQLException {
		try (PreparedStatement lock = c.prepareStatement("select id from " + SCHEMA + ".filing where id = ? for update")) {
			lock.setObject(1, filing);
			lock.executeQuery().close();
		}
		Map<String, String> values = new java.util.HashMap<>();
		String caseId = UUID.randomUUID().toString();
		values.put("case", caseId);
		values.put("filing", filing.toString());
		if (counterLast) {
			values.put("number", caseId);
			values.put("digits", "0");
		}
		else {
			number(c, template, values);
		}
		for (Stmt stmt : template.perCase()) {
			stmt.run(c, values);
		}
		for (UUID templateMessage : template.messages()) {
			values.put("message", UUID.randomUUID().toString());
			values.put("template", templateMessage.toString());
			template.message().run(c, values);
			template.deliveries().run(c, values);
		}
		template.filingUpdate().run(c, values);
		if (counterLast) {
			// the case went in under a provisional number (its id); the real one is taken now, just before the commit
			String provisional = values.get("number");
			number(c, template, values);
			Stmt.of("update " + SCHEMA + ".court_case set case_number = :number, number = :digits where id = :case::uuid")
				.run(c, values);
			values.put("provisional", provisional);
			Stmt.of("update " + SCHEMA + ".fee_payment set reference = :number where reference = :provisional")
				.run(c, values);
		}
	}

	private static void number(Connection c, Template template, Map<String, String> values) throws SQLException {
		try (PreparedStatement counter = c.prepareStatement(template.counter()); ResultSet rs = counter.executeQuery()) {
			rs.next();
			long last = rs.getLong(1);
			values.put("number", template.number().replaceFirst("\\d+号$", last + "号"));
			values.put("digits", Long.toString(last));
		}
	}

	private String insert(String table, Map<String, String> overrides, String where) {
		return "insert into " + SCHEMA + "." + table + " (" + String.join(", ", names(table)) + ") select "
				+ select(table, overrides) + " from " + SCHEMA + ".tpl_" + table + " t"
				+ (where == null ? "" : " where " + where);
	}

	private List<String> names(String table) {
		return columns.get(table).stream().filter(c -> !c.identity()).map(Column::name).toList();
	}

	private String select(String table, Map<String, String> overrides) {
		return String.join(", ", columns.get(table).stream().filter(c -> !c.identity()).map(c -> {
			if (overrides.containsKey(c.name())) {
				return overrides.get(c.name());
			}
			if (c.name().equals("id")) {
				return "gen_random_uuid()";
			}
			return "t." + c.name();
		}).toList());
	}

	private static List<Column> columns(Connection c, String table) throws SQLException {
		List<Column> out = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("select column_name, is_identity = 'YES' from information_schema.columns "
				+ "where table_schema = 'public' and table_name = ? order by ordinal_position")) {
			p.setString(1, table);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					out.add(new Column(rs.getString(1), rs.getBoolean(2)));
				}
			}
		}
		return out;
	}
}
