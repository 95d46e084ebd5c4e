package org.smartcourt.cases.internal.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_closing}, {@code case_archive} and {@code case_archive_note} rows. */
@Repository
class ClosingRepository {

	private final JdbcClient jdbc;
	private final ClosingMethods methods;

	ClosingRepository(JdbcClient jdbc, ClosingMethods methods) {
		this.jdbc = jdbc;
		this.methods = methods;
	}

	void insertClosing(CaseId caseId, ClosingMethod method, String version, LocalDate closedOn, Long amountFen,
			String by, Instant at) {
		jdbc.sql("""
				insert into case_closing (case_id, method_code, method_version, statistic_group, closed_on,
				       amount_awarded_fen, closed_at, closed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId.value(), method.code(), version, method.statisticGroup(), closedOn, amountFen,
					Timestamp.from(at), by)
			.update();
	}

	Optional<ClosingRecord> closing(CaseId caseId) {
		return jdbc.sql("""
				select method_code, method_version, statistic_group, closed_on, amount_awarded_fen, closed_by
				  from case_closing where case_id = ?""")
			.param(caseId.value())
			.query((rs, n) -> new ClosingRecord(rs.getString("method_code"),
					methods.find(rs.getString("method_code")).map(ClosingMethod::name).orElse(rs.getString("method_code")),
					rs.getString("method_version"), rs.getString("statistic_group"),
					rs.getDate("closed_on").toLocalDate(), (Long) rs.getObject("amount_awarded_fen", Long.class),
					rs.getString("closed_by")))
			.optional();
	}

	void insertArchive(CaseId caseId, String number, LocalDate on, String by, Instant at) {
		jdbc.sql("""
				insert into case_archive (case_id, archive_number, archived_on, archived_at, archived_by)
				values (?, ?, ?, ?, ?)""")
			.params(caseId.value(), number, on, Timestamp.from(at), by)
			.update();
	}

	void insertNote(CaseId caseId, String note, String by, Instant at) {
		jdbc.sql("insert into case_archive_note (id, case_id, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), caseId.value(), note, Timestamp.from(at), by)
			.update();
	}

	Optional<ArchiveRecord> archive(CaseId caseId) {
		return jdbc.sql("select archive_number, archived_on, archived_by from case_archive where case_id = ?")
			.param(caseId.value())
			.query((rs, n) -> new ArchiveRecord(rs.getString("archive_number"), rs.getDate("archived_on").toLocalDate(),
					rs.getString("archived_by"), jdbc
						.sql("select note from case_archive_note where case_id = ? order by recorded_at")
						.param(caseId.value())
						.query(String.class)
						.list()))
			.optional();
	}
}
