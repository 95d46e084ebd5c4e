package org.smartcourt.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.bench.LoanSuit;

/**
 * Submitted filings waiting for registration, made at set-up: one realistic filing goes through the API (create,
 * identity document, submit) as a litigant, then its rows ({@code filing} and its {@code filing_event} trail) are
 * cloned in SQL with new ids, so each clone is a real submitted filing before the court. Cloning instead of filing
 * through the API keeps the set-up to seconds even for hundreds of thousands of filings. Each clone's plaintiff is
 * another 李明 (a resident ID number of their own): with one person behind every filing, each registration's recusal
 * check (民诉解释 art. 45) would walk all the cases the load made before it, which no court's intake looks like.
 */
final class FilingSeed {

	private final LoadHttp http;
	private final DataSource db;

	FilingSeed(LoadHttp http, DataSource db) {
		this.http = http;
		this.db = db;
	}

	/** A 民间借贷 suit by 李明 (the demo litigant) against 王五, before {@code court}. */
	static Map<String, Object> loanSuit(String court) {
		return LoanSuit.body(court, "王五");
	}

	/** Files and submits the template through the API; returns its id. */
	UUID template(Account litigant, String court) {
		long now = System.nanoTime();
		LoadHttp.Answer created = http.post("setup.filing-create", litigant, "/api/v1/filings", loanSuit(court),
				UUID.randomUUID().toString(), now);
		require(created, "creating the template filing");
		String id = http.read(created).get("id").asString();
		require(http.upload("setup.filing-attach", litigant, "/api/v1/filings/" + id + "/attachments",
				Map.of("kind", "IDENTITY"), "身份证.pdf", Workload.PDF, now), "attaching the identity document");
		require(http.post("setup.filing-submit", litigant, "/api/v1/filings/" + id + "/submit", Map.of(),
				UUID.randomUUID().toString(), now), "submitting the template filing");
		return UUID.fromString(id);
	}

	/** {@code count} clones of {@code template} before {@code court}, all SUBMITTED, in one transaction. */
	List<UUID> clone(UUID template, String court, int count) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection c = db.getConnection()) {
			try (PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns "
					+ "where table_schema = current_schema() and table_name = 'filing' order by ordinal_position");
					ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1));
				}
			}
			List<String> values = columns.stream().map(column -> switch (column) {
				case "id" -> "gen_random_uuid()";
				case "create_key", "submit_key" -> "null";
				case "target_court" -> "?";
				case "content" -> "jsonb_set(jsonb_set(f.content, '{targetCourt}', to_jsonb(?::text)), "
						+ "'{parties,0,idNumber}', to_jsonb(p.id_number))";
				default -> "f." + column;
			}).toList();
			String sql = """
					with clones as (
					  insert into filing (%s) select %s from filing f, unnest(?::text[]) as p(id_number) where f.id = ? returning id
					), events as (
					  insert into filing_event (filing_id, occurred_at, status, actor_name, actor_role, court_id, note)
					  select clones.id, e.occurred_at, e.status, e.actor_name, e.actor_role, e.court_id, e.note
					  from clones, filing_event e where e.filing_id = ?
					)
					select id from clones""".formatted(String.join(", ", columns), String.join(", ", values));
			List<UUID> ids = new ArrayList<>(count);
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement(sql)) {
				int i = 1;
				for (String column : columns) {
					if (column.equals("target_court") || column.equals("content")) {
						s.setString(i++, court);
					}
				}
				s.setArray(i++, c.createArrayOf("text", plaintiffIds(count)));
				s.setObject(i++, template);
				s.setObject(i, template);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getObject(1, UUID.class));
					}
				}
			}
			c.commit();
			return ids;
		}
	}

	/** {@code count} distinct resident ID numbers of people born in 长春市南关区 between 1950 and 2005. */
	private static String[] plaintiffIds(int count) {
		Random random = new Random();
		LocalDate first = LocalDate.of(1950, 1, 1);
		Set<String> ids = new LinkedHashSet<>();
		while (ids.size() < count) {
			String body = "220102" + first.plusDays(random.nextInt(20_000)).format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
			ids.add(body + ResidentIdNumber.checkCharacter(body));
		}
		return ids.toArray(String[]::new);
	}

	/** Seeds {@code count} filings per court into the clerks' queues. */
	Map<String, ConcurrentLinkedQueue<UUID>> seed(Account litigant, List<String> courts, int count) throws SQLException {
		Map<String, ConcurrentLinkedQueue<UUID>> queues = new HashMap<>();
		for (String court : courts) {
			UUID template = template(litigant, court);
			long started = System.nanoTime();
			List<UUID> ids = clone(template, court, count);
			System.out.printf("# seeded %d submitted filings before court %s (SQL clones of %s) in %.1f s%n", ids.size(),
					court, template, (System.nanoTime() - started) / 1e9);
			queues.put(court, new ConcurrentLinkedQueue<>(ids));
		}
		return queues;
	}

	private static void require(LoadHttp.Answer answer, String what) {
		if (!answer.ok()) {
			throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
		}
	}
}
