package org.smartcourt.bench.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * The registrations the app acknowledged (2xx with a case number), and the check after the run: each produced exactly
 * one {@code court_case} with that number, and the sequential case numbers of every (court, 专门审判代字, type, year)
 * are gapless (the highest number equals the count, and equals the counter).
 */
final class Registrations {

	/** The outcome of the check. */
	record Check(long acknowledged, long casesFound, long numberMismatches, long sequences, List<String> gaps) {

		boolean passed() {
			return acknowledged == casesFound && numberMismatches == 0 && gaps.isEmpty();
		}

		Map<String, Object> asMap() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("acknowledged", acknowledged);
			out.put("casesFound", casesFound);
			out.put("numberMismatches", numberMismatches);
			out.put("sequencesChecked", sequences);
			out.put("gaps", gaps);
			out.put("passed", passed());
			return out;
		}

		@Override
		public String toString() {
			return String.format("acknowledged registrations %d, court_case rows for them %d, case numbers differing %d; "
					+ "%d number sequences checked, gaps: %s -> %s", acknowledged, casesFound, numberMismatches, sequences,
					gaps.isEmpty() ? "none" : gaps, passed() ? "PASSED" : "FAILED");
		}
	}

	private final Map<UUID, String> acknowledged = new ConcurrentHashMap<>();

	void acknowledged(UUID filing, String caseNumber) {
		acknowledged.put(filing, caseNumber);
	}

	int count() {
		return acknowledged.size();
	}

	Check check(DataSource db) throws SQLException {
		long found = 0;
		long mismatches = 0;
		List<String> gaps = new ArrayList<>();
		long sequences = 0;
		try (Connection c = db.getConnection()) {
			Array ids = c.createArrayOf("uuid", acknowledged.keySet().toArray());
			try (PreparedStatement s = c.prepareStatement(
					"select filing_id, case_number, count(*) over (partition by filing_id) from court_case where filing_id = any(?)")) {
				s.setArray(1, ids);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						found++;
						if (rs.getLong(3) != 1 || !rs.getString(2).equals(acknowledged.get(rs.getObject(1, UUID.class)))) {
							mismatches++;
						}
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement("""
					select k.court_code, k.special_code, k.type_code, k.receipt_year, k.n, k.top, coalesce(n.last, -1)
					from (select court_code, coalesce(special_code, '') special_code, type_code, receipt_year, count(*) n,
					             max(number::bigint) top
					      from court_case where number ~ '^[0-9]+$'
					      group by 1, 2, 3, 4) k
					left join case_number_counter n on n.court_code = k.court_code and n.special_code = k.special_code
					     and n.type_code = k.type_code and n.year = k.receipt_year
					where not exists (select 1 from case_number_random r where r.court_code = k.court_code
					     and r.special_code = k.special_code and r.type_code = k.type_code and r.year = k.receipt_year)""");
					ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					sequences++;
					long n = rs.getLong(5);
					long top = rs.getLong(6);
					long counter = rs.getLong(7);
					if (n != top || (counter >= 0 && counter != n)) {
						gaps.add(String.format("%s/%s/%s/%d: %d cases, highest %d, counter %d", rs.getString(1),
								rs.getString(2), rs.getString(3), rs.getInt(4), n, top, counter));
					}
				}
			}
		}
		return new Check(acknowledged.size(), found, mismatches, sequences, List.copyOf(gaps));
	}
}
