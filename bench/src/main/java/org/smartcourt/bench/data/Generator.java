package org.smartcourt.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.bench.data.Province.Chunk;

/**
 * Fills the app's database with a province: staff first, then the cases chunk by chunk (one court and year per
 * chunk, one transaction each, on at most two COPY connections with foreign-key triggers off), recorded in
 * {@code bench_generation_chunk} so that an interrupted run resumes after its last committed chunk.
 */
final class Generator {

	/** Tables whose secondary indexes are dropped during a large run and rebuilt at the end. */
	private static final Set<String> BULK_TABLES = Set.of("docket_entry", "case_party", "case_team_member",
			"case_assignment", "case_clock", "extension_request", "clock_exclusion", "hearing", "case_document",
			"document_service", "case_pronouncement", "case_link");
	private static final int WORKERS = 2;
	private static final long LARGE = 200_000;

	private final DataSource dataSource;
	private final GenerationPlan plan;
	private final ClockEngine clocks;
	private final AcceptanceFees fees;
	private final FilingSupport filings;
	private final RecordSupport records;
	private final org.springframework.context.MessageSource messages;
	private final AtomicLong rows = new AtomicLong();
	private final AtomicLong cases = new AtomicLong();
	private final AtomicLong resumed = new AtomicLong();
	private final Map<String, AtomicLong> perTable = new LinkedHashMap<>();

	Generator(DataSource dataSource, GenerationPlan plan, ClockEngine clocks, AcceptanceFees fees,
			FilingSupport filings, RecordSupport records, org.springframework.context.MessageSource messages) {
		this.fees = fees;
		this.filings = filings;
		this.records = records;
		for (String table : List.of("department", "courtroom", "staff_member", "judge_team", "user_account",
				"mediation_organization", "mediator", "appraisal_institution", "appraisal_institution_field",
				"appraisal_appraiser", "appraisal_annual_review")) {
			perTable.put(table, new AtomicLong());
		}
		new Tables().all().forEach(t -> perTable.put(t.table(), new AtomicLong()));
		this.dataSource = dataSource;
		this.plan = plan;
		this.clocks = clocks;
		this.messages = messages;
	}

	/** @return false when the directory already held this generation (nothing was done). */
	boolean run() throws Exception {
		long started = System.nanoTime();
		Province province;
		References refs;
		try (Connection c = dataSource.getConnection()) {
			BenchTables.create(c);
			String existing = BenchTables.finished(c);
			if (existing != null) {
				if (existing.equals(plan.key())) {
					System.out.println("# " + plan.key() + " is already generated in this directory: nothing to do");
					return false;
				}
				throw new IllegalStateException("this directory already holds " + existing + ", not " + plan.key()
						+ ": use another --dir");
			}
			String partial = BenchTables.started(c);
			if (partial != null && !partial.equals(plan.key())) {
				throw new IllegalStateException("this directory holds a partial run of " + partial + ", not "
						+ plan.key() + ": use another --dir or delete it");
			}
			BenchTables.start(c, plan);
			province = Province.load(c, plan);
			refs = References.load(c, messages);
		}
		List<List<Chunk>> phases = province.chunks(plan.cases(), plan.from(), plan.asOf());
		System.out.printf(Locale.ROOT, "# %s: %,d cases from %s to %s at %d courts, seed %d, %d chunks%n", plan.key(),
				plan.cases(), plan.from(), plan.asOf(), province.courts().size(), plan.seed(),
				phases.stream().mapToInt(List::size).sum());
		boolean large = plan.cases() >= LARGE;
		try (Connection c = dataSource.getConnection()) {
			if (large) {
				BenchTables.dropIndexes(c, BULK_TABLES);
			}
			if (!BenchTables.chunkDone(c, plan, "staff")) {
				new StaffWriter(province, plan).write(c, this::count);
			}
		}
		Progress progress = new Progress(plan.cases(), cases, rows, resumed);
		progress.start();
		try {
			for (List<Chunk> phase : phases) {
				runPhase(phase, province, refs);
			}
		}
		finally {
			progress.stop();
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			long t = System.nanoTime();
			int rebuilt = BenchTables.recreateIndexes(c);
			if (rebuilt > 0) {
				System.out.printf(Locale.ROOT, "# rebuilt %d indexes in %.1f s%n", rebuilt, (System.nanoTime() - t) / 1e9);
			}
			t = System.nanoTime();
			s.execute("analyze");
			System.out.printf(Locale.ROOT, "# analyze in %.1f s%n", (System.nanoTime() - t) / 1e9);
			BenchTables.finish(c, plan);
			// so that stopping the embedded server does not wait for a long shutdown checkpoint
			s.execute("checkpoint");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			System.out.println("#   table                           written now rows in the database");
			for (Map.Entry<String, AtomicLong> e : perTable.entrySet()) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + e.getKey())) {
					rs.next();
					System.out.printf(Locale.ROOT, "#   %-28s %,14d %,14d%n", e.getKey(), e.getValue().get(), rs.getLong(1));
				}
			}
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			rs.next();
			System.out.printf(Locale.ROOT, "# generated %,d cases (%,d of them by an earlier run, resumed), %,d rows in "
					+ "%.1f s (%,.0f rows/s); database size %s%n", cases.get(), resumed.get(), rows.get(), seconds,
					rows.get() / seconds, rs.getString(1));
		}
		return true;
	}

	private void count(String table, long n) {
		perTable.computeIfAbsent(table, k -> new AtomicLong()).addAndGet(n);
		rows.addAndGet(n);
	}

	private void runPhase(List<Chunk> phase, Province province, References refs) throws Exception {
		Set<String> done;
		try (Connection c = dataSource.getConnection()) {
			done = BenchTables.doneChunks(c, plan);
		}
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (Chunk chunk : phase) {
				if (done.contains(chunk.key())) {
					cases.addAndGet(chunk.cases());
					resumed.addAndGet(chunk.cases());
					continue;
				}
				futures.add(pool.submit(() -> {
					writeChunk(chunk, province, refs);
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private void writeChunk(Chunk chunk, Province province, References refs) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				// the embedded user is superuser: no FK triggers during COPY; the check verifies the references
				s.execute("set session_replication_role = replica");
				s.execute("set synchronous_commit = off");
			}
			try {
				Map<String, Long> before = numbersBefore(c, chunk);
				Map<CaseKind, List<Appealable>> appealable = chunk.court().basic() ? Map.of()
						: appealable(c, chunk, province);
				CaseChunk generated = new CaseChunk(plan.seed(), chunk, province, refs, clocks, fees, filings, records,
						plan.asOf(), before, appealable);
				generated.generate();
				for (CopyRows t : generated.tables.all()) {
					count(t.table(), t.copy(c));
				}
				try (PreparedStatement p = c.prepareStatement("""
						insert into case_number_counter (court_code, special_code, type_code, year, last)
						values (?, '', ?, ?, ?) on conflict (court_code, special_code, type_code, year)
						do update set last = greatest(case_number_counter.last, excluded.last)""")) {
					for (Map.Entry<String, Long> e : generated.lastNumbers.entrySet()) {
						p.setString(1, chunk.court().code());
						p.setString(2, e.getKey());
						p.setInt(3, chunk.year());
						p.setLong(4, e.getValue());
						p.addBatch();
					}
					p.executeBatch();
				}
				BenchTables.chunkFinished(c, plan, chunk.key(), chunk.cases());
				c.commit();
				cases.addAndGet(chunk.cases());
			}
			catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
			finally {
				try (Statement s = c.createStatement()) {
					s.execute("set session_replication_role = origin");
					s.execute("set synchronous_commit = on");
				}
				c.setAutoCommit(true);
			}
		}
	}

	/** Numbers the app already issued for this court and year (demo cases), which generated numbers follow. */
	private static Map<String, Long> numbersBefore(Connection c, Chunk chunk) throws SQLException {
		Map<String, Long> out = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("""
				select type_code, last from case_number_counter where court_code = ? and year = ? and special_code = ''""")) {
			p.setString(1, chunk.court().code());
			p.setInt(2, chunk.year());
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					out.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return out;
	}

	/**
	 * First-instance judgments of the courts below whose appeal would be registered in this chunk, shuffled by the
	 * chunk's own stream, so that the same seed links the same cases.
	 */
	private Map<CaseKind, List<Appealable>> appealable(Connection c, Chunk chunk, Province province)
			throws SQLException {
		List<String> below = province.children(chunk.court()).stream().map(Court::id).toList();
		Map<CaseKind, List<Appealable>> out = new HashMap<>();
		if (below.isEmpty()) {
			return out;
		}
		List<Appealable> all = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("""
				select c.id, c.case_number, c.category_code, k.closed_on, c.cause_code, c.title
				  from court_case c join case_closing k on k.case_id = c.id
				 where c.court_id = any (?) and c.category_code in ('0301', '0201', '0401')
				   and k.method_code = 'JUDGMENT' and k.closed_on between ? and ?
				 order by c.case_number""")) {
			p.setArray(1, c.createArrayOf("varchar", below.toArray()));
			p.setObject(2, chunk.from().minusDays(50));
			p.setObject(3, chunk.to().minusDays(50));
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					CaseKind kind = switch (rs.getString(3)) {
						case "0301" -> CaseKind.CIVIL_FIRST;
						case "0201" -> CaseKind.CRIMINAL_FIRST;
						default -> CaseKind.ADMINISTRATIVE_FIRST;
					};
					all.add(new Appealable(rs.getObject(1, UUID.class), rs.getString(2), kind,
							rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), List.of()));
				}
			}
		}
		SplittableRandom random = Seeds.random(plan.seed(), "appeals", chunk.key());
		for (int i = all.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Appealable t = all.get(i);
			all.set(i, all.get(j));
			all.set(j, t);
		}
		// no more than the chunk can use: its share of appeals
		List<Appealable> chosen = all.subList(0, Math.min(all.size(), chunk.cases()));
		Map<UUID, List<Party>> parties = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("""
				select case_id, seq, kind, side, party_type, name, id_number, represents, lawyer, license_number
				  from case_party where case_id = any (?) order by case_id, seq""")) {
			p.setArray(1, c.createArrayOf("uuid", chosen.stream().map(Appealable::id).toArray()));
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					parties.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
						.add(new Party(rs.getInt(2), rs.getString(3).equals("AGENT"), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getBoolean(9),
								rs.getString(10)));
				}
			}
		}
		for (Appealable a : chosen) {
			out.computeIfAbsent(a.kind(), k -> new ArrayList<>())
				.add(new Appealable(a.id(), a.caseNumber(), a.kind(), a.closedOn(), a.causeCode(), a.title(),
						parties.getOrDefault(a.id(), List.of())));
		}
		return out;
	}
}
