package org.smartcourt.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * The cases the readers open and the terms the searchers type, per court, sampled from the database once at set-up
 * (the most recent cases of the court, which is what a court works on).
 */
final class CasePools {

	/** What a searcher knows of a case: its number, a party's name and that party's ID number (may be null). */
	record SearchTerm(String caseNumber, String partyName, String idNumber) {
	}

	private final DataSource db;
	private final int size;
	private final Map<String, List<UUID>> cases = new ConcurrentHashMap<>();
	private final Map<String, List<SearchTerm>> terms = new ConcurrentHashMap<>();

	CasePools(DataSource db, int size) {
		this.db = db;
		this.size = size;
	}

	UUID caseOf(Account account, Random random) {
		List<UUID> pool = cases.computeIfAbsent(account.courtId(), this::loadCases);
		return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
	}

	SearchTerm termOf(Account account, Random random) {
		List<SearchTerm> pool = terms.computeIfAbsent(account.courtId(), this::loadTerms);
		return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
	}

	int casesOf(String court) {
		return cases.computeIfAbsent(court, this::loadCases).size();
	}

	/** Forgets what was sampled (after the set-up registered more cases). */
	void reset() {
		cases.clear();
		terms.clear();
	}

	private List<UUID> loadCases(String court) {
		List<UUID> out = new ArrayList<>();
		query("select id from court_case where court_id = ? order by registered_at desc limit " + size, court,
				rs -> out.add(rs.getObject(1, UUID.class)));
		return List.copyOf(out);
	}

	private List<SearchTerm> loadTerms(String court) {
		List<SearchTerm> out = new ArrayList<>();
		query("""
				select c.case_number, p.name, p.id_number from court_case c
				join case_party p on p.case_id = c.id and p.kind = 'PARTY'
				where c.court_id = ? order by c.registered_at desc limit %d""".formatted(size), court,
				rs -> out.add(new SearchTerm(rs.getString(1), rs.getString(2), rs.getString(3))));
		return List.copyOf(out);
	}

	private interface Row {
		void read(ResultSet rs) throws SQLException;
	}

	private void query(String sql, String court, Row row) {
		try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, court);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					row.read(rs);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}
}
