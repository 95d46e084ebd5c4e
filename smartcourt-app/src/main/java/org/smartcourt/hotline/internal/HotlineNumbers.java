package org.smartcourt.hotline.internal;

import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理编号 {@code 12368-<法院代字>-<year>-<seq>}: one counter row per court and year, bumped by an upsert that
 * returns the new value. Concurrent upserts of one row wait on its row lock until the first transaction ends, so
 * numbers are unique and dense across nodes, and a rolled-back request leaves the counter where it was.
 */
@Component
class HotlineNumbers {

	private final JdbcClient jdbc;

	HotlineNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(CourtId court, String courtCode, int year) {
		long seq = jdbc.sql("""
				insert into hotline_number_counter (court_id, year, last) values (?, ?, 1)
				on conflict (court_id, year) do update set last = hotline_number_counter.last + 1
				returning last""")
			.params(court.value(), year)
			.query(Long.class)
			.single();
		return format(courtCode, year, seq);
	}

	static String format(String courtCode, int year, long seq) {
		return "12368-" + courtCode + "-" + year + "-" + String.format("%06d", seq);
	}
}
