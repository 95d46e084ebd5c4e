package org.smartcourt.bench.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What must hold in the shared database after two nodes worked on it, read with plain JDBC beside the app:
 * (b) every db-scheduler execution was picked by one node only, and checkpoints only grew, signed by one log key;
 * (c) case numbers are 1..n without gap or repeat in every (court, type, year), and ledger indices 0..size-1;
 * (d) every acknowledged filing exists once, as acknowledged, with one case.
 */
final class ClusterInvariants {

	private final String jdbcUrl;

	ClusterInvariants(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	private Connection connect() throws SQLException {
		// the nodes' own database account (SMARTCOURT_DB_USER/PASSWORD), else the embedded server's postgres
		return DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("SMARTCOURT_DB_USER", "postgres"),
				System.getenv().getOrDefault("SMARTCOURT_DB_PASSWORD", ""));
	}

	/**
	 * Records every pick of a scheduled task from now on ({@code bench_task_pick}, filled by a trigger on
	 * db-scheduler's {@code scheduled_tasks}): a pick sets {@code picked} from false to true for one execution time.
	 */
	void watchScheduler() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("""
					create table if not exists bench_task_pick (
					    task_name text, task_instance text, execution_time timestamptz, picked_by text,
					    picked_at timestamptz default clock_timestamp())""");
			s.execute("""
					create or replace function bench_record_pick() returns trigger language plpgsql as $$
					begin
					    if new.picked and not old.picked then
					        insert into bench_task_pick (task_name, task_instance, execution_time, picked_by)
					        values (new.task_name, new.task_instance, new.execution_time, new.picked_by);
					    end if;
					    return new;
					end $$""");
			s.execute("drop trigger if exists bench_task_pick on scheduled_tasks");
			s.execute("create trigger bench_task_pick after update on scheduled_tasks for each row "
					+ "execute function bench_record_pick()");
		}
	}

	/** Checkpoint sizes so far (to count those published during the run). */
	long checkpoints() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from ledger_checkpoint")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	void scheduledOnce(ClusterReport report) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			Map<String, Long> byNode = new TreeMap<>();
			long picks = 0;
			try (ResultSet rs = s.executeQuery("select picked_by, count(*) from bench_task_pick group by 1")) {
				while (rs.next()) {
					byNode.put(rs.getString(1), rs.getLong(2));
					picks += rs.getLong(2);
				}
			}
			long twice;
			try (ResultSet rs = s.executeQuery("""
					select count(*) from (select 1 from bench_task_pick group by task_name, task_instance, execution_time
					having count(*) > 1) twice""")) {
				rs.next();
				twice = rs.getLong(1);
			}
			report.figure("scheduled executions picked", picks + " " + byNode);
			report.figure("executions picked twice", twice);
			report.require(picks > 0, "the scheduler ran tasks during the run");
			report.require(twice == 0, "no scheduled execution ran on both nodes");
		}
	}

	void checkpointsOnlyGrow(long before, String origin, ClusterReport report) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select size, note from ledger_checkpoint order by published_at, size")) {
			List<Long> sizes = new ArrayList<>();
			Set<String> logKeys = new HashSet<>();
			while (rs.next()) {
				sizes.add(rs.getLong(1));
				for (String line : rs.getString(2).split("\n")) {
					if (line.startsWith("— " + origin + " ")) {
						byte[] signature = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
						logKeys.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(signature, 4)));
					}
				}
			}
			boolean increasing = true;
			for (int i = 1; i < sizes.size(); i++) {
				increasing &= sizes.get(i) > sizes.get(i - 1);
			}
			long distinct = sizes.stream().distinct().count();
			report.figure("checkpoints published in the run", sizes.size() - before + " (last size "
					+ (sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1)) + ")");
			report.figure("checkpoint log keys", logKeys.size() + " (Ed25519 and SM2 of the shared key directory)");
			report.require(sizes.size() > before, "checkpoints were published during the run");
			report.require(increasing && distinct == sizes.size(),
					"checkpoint sizes strictly increase in publication order, none twice");
			report.require(logKeys.size() <= 2, "every checkpoint is signed by the same log keys on both nodes");
		}
	}

	void caseNumbersGapless(ClusterReport report) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select k.court_code, k.type_code, k.receipt_year, count(*), count(distinct k.n), min(k.n), max(k.n),
				       max(n.last)
				from (select court_code, coalesce(special_code, '') special_code, type_code, receipt_year,
				             number::bigint n from court_case) k
				left join case_number_counter n on n.court_code = k.court_code and n.special_code = k.special_code
				     and n.type_code = k.type_code and n.year = k.receipt_year
				group by k.court_code, k.special_code, k.type_code, k.receipt_year""")) {
			long groups = 0;
			long cases = 0;
			List<String> broken = new ArrayList<>();
			while (rs.next()) {
				groups++;
				long count = rs.getLong(4);
				cases += count;
				boolean gapless = count == rs.getLong(5) && rs.getLong(6) == 1 && rs.getLong(7) == count
						&& rs.getLong(8) == count;
				if (!gapless) {
					broken.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + ": " + count + " cases, "
							+ rs.getLong(5) + " numbers " + rs.getLong(6) + ".." + rs.getLong(7) + ", counter "
							+ rs.getLong(8));
				}
			}
			report.figure("case numbers", cases + " cases in " + groups + " (court, type, year)");
			report.figure("case number gaps or repeats", broken.size() + (broken.isEmpty() ? "" : " " + broken));
			report.require(broken.isEmpty(), "case numbers are 1..n in every (court, type, year)");
		}
	}

	/** The ledger's indices, once the tree has integrated every entry (waits up to 30 s for appends in flight). */
	void ledgerGapless(ClusterReport report) throws SQLException {
		long[] seen = null;
		for (int wait = 0; wait < 60; wait++) {
			try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select count(*), count(distinct seq), coalesce(min(seq), 0), coalesce(max(seq), -1),
					       (select size from ledger_tree_state where id = 0) from ledger_entry""")) {
				rs.next();
				seen = new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) };
			}
			if (seen[0] == seen[4]) {
				break;
			}
			AppNode.sleep(500);
		}
		report.figure("ledger entries", seen[0] + " (indices " + seen[2] + ".." + seen[3] + ", tree size " + seen[4] + ")");
		report.require(seen[0] == seen[1] && seen[2] == 0 && seen[3] == seen[0] - 1 && seen[4] == seen[0],
				"ledger indices are 0..size-1, each once, and the tree covers them all");
	}

	/**
	 * Event publications still incomplete: work a killed node had taken on after commit (anchoring a stored file, a
	 * notification …). The app's resubmission task hands them to a live node once they are older than
	 * {@code smartcourt.events.resubmit-older-than}; waits up to {@code patience} for that.
	 */
	void incompleteEventsResubmitted(java.time.Duration patience, ClusterReport report) throws SQLException {
		long started = System.nanoTime();
		Map<String, Long> first = incompleteEvents();
		Map<String, Long> now = first;
		while (!now.isEmpty() && System.nanoTime() - started < patience.toNanos()) {
			AppNode.sleep(1000);
			now = incompleteEvents();
		}
		report.figure("incomplete event publications", first + " after the load, " + now + String.format(" %.0f s later",
				(System.nanoTime() - started) / 1e9));
		report.require(now.isEmpty(), "event publications a killed node left incomplete are completed by the other");
	}

	private Map<String, Long> incompleteEvents() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select listener_id, count(*) from event_publication where completion_date is null group by 1""")) {
			Map<String, Long> incomplete = new TreeMap<>();
			while (rs.next()) {
				String listener = rs.getString(1);
				int end = listener.indexOf('(') < 0 ? listener.length() : listener.indexOf('(');
				incomplete.put(listener.substring(listener.lastIndexOf('.', end) + 1), rs.getLong(2));
			}
			return incomplete;
		}
	}

	void acknowledgedOnce(List<FilingLoad.Acknowledged> acknowledged, String run, ClusterReport report)
			throws SQLException {
		Map<String, String[]> rows = new HashMap<>();
		long duplicates;
		try (Connection c = connect()) {
			try (PreparedStatement p = c.prepareStatement("""
					select f.create_key, f.id::text, f.status, f.decision ->> 'caseNumber',
					       jsonb_array_length(f.content -> 'attachments'),
					       (select count(*) from court_case k where k.filing_id = f.id)
					from filing f where f.create_key like ?""")) {
				p.setString(1, run + "-%");
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						String[] previous = rs.getString(1) == null ? null : rows.put(rs.getString(1), new String[] {
								rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6) });
						if (previous != null) {
							throw new IllegalStateException("two filings with key " + rs.getString(1));
						}
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement("""
					select count(*) from (select create_key from filing where create_key like ? group by filer_id, create_key
					having count(*) > 1) d""")) {
				p.setString(1, run + "-%");
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					duplicates = rs.getLong(1);
				}
			}
		}
		long acked = 0;
		long registered = 0;
		List<String> wrong = new ArrayList<>();
		for (FilingLoad.Acknowledged a : acknowledged) {
			if (a.filingId() == null) {
				continue;
			}
			acked++;
			String[] row = rows.get(a.createKey());
			if (row == null || !row[0].equals(a.filingId())) {
				wrong.add(a.createKey() + ": acknowledged as " + a.filingId() + ", stored " + (row == null ? "nothing" : row[0]));
				continue;
			}
			if (!"1".equals(row[3])) {
				wrong.add(a.createKey() + ": " + row[3] + " attachments");
			}
			if (a.caseNumber() != null) {
				registered++;
				if (!"ACCEPTED".equals(row[1]) || !a.caseNumber().equals(row[2]) || !"1".equals(row[4])) {
					wrong.add(a.createKey() + ": acknowledged case " + a.caseNumber() + ", stored " + row[1] + " "
							+ row[2] + " with " + row[4] + " cases");
				}
			}
		}
		report.figure("acknowledged filings / with case", acked + " / " + registered);
		report.figure("filings stored for the run's keys", rows.size());
		report.figure("duplicated filings", duplicates);
		report.figure("acknowledged but lost or different", wrong.size() + (wrong.isEmpty() ? "" : " " + wrong.subList(0,
				Math.min(5, wrong.size()))));
		report.require(duplicates == 0 && rows.size() == acknowledged.size(), "one filing per key, none extra");
		report.require(wrong.isEmpty(), "every acknowledged filing and case exists once, as acknowledged");
	}
}
