package org.smartcourt.cases.internal.closing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_document}, {@code document_service} and {@code case_pronouncement} rows of a case. */
@Repository
class CaseFileRepository {

	private static final String DOCUMENT_COLUMNS = """
			id, case_id, kind, number, title, signed_on, file_sha256, file_name, visibility, recorded_at, recorded_by""";

	private final JdbcClient jdbc;

	CaseFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseDocument d) {
		jdbc.sql("insert into case_document (" + DOCUMENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.caseId().value(), d.kind().name(), d.number(), d.title(), d.signedOn(), d.fileSha256(),
					d.fileName(), d.visibility().name(), Timestamp.from(d.recordedAt()), d.recordedBy())
			.update();
	}

	void insert(CaseId caseId, ServiceRecord s) {
		jdbc.sql("""
				insert into document_service (id, document_id, case_id, party_seq, method, counted_on, recorded_at,
				       recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.documentId(), caseId.value(), s.partySeq(), s.method().name(), s.countedOn(),
					Timestamp.from(s.recordedAt()), s.recordedBy())
			.update();
	}

	void insert(CaseId caseId, Pronouncement p, String by, java.time.Instant at) {
		jdbc.sql("""
				insert into case_pronouncement (id, case_id, document_id, pronounced_on, mode, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId.value(), p.documentId(), p.pronouncedOn(), p.mode().name(),
					Timestamp.from(at), by)
			.update();
	}

	List<CaseDocument> documents(CaseId caseId) {
		return jdbc.sql("select " + DOCUMENT_COLUMNS + " from case_document where case_id = ? order by recorded_at, id")
			.param(caseId.value())
			.query(CaseFileRepository::document)
			.list();
	}

	Optional<CaseDocument> document(CaseId caseId, UUID id) {
		return jdbc.sql("select " + DOCUMENT_COLUMNS + " from case_document where case_id = ? and id = ?")
			.params(caseId.value(), id)
			.query(CaseFileRepository::document)
			.optional();
	}

	List<ServiceRecord> services(CaseId caseId) {
		return jdbc.sql("""
				select id, document_id, party_seq, method, counted_on, recorded_at, recorded_by
				  from document_service where case_id = ? order by counted_on, recorded_at""")
			.param(caseId.value())
			.query((rs, n) -> new ServiceRecord(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
					rs.getInt("party_seq"), ServiceMethod.valueOf(rs.getString("method")),
					rs.getDate("counted_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("recorded_by")))
			.list();
	}

	List<Pronouncement> pronouncements(CaseId caseId) {
		return jdbc.sql("select document_id, pronounced_on, mode from case_pronouncement where case_id = ? order by pronounced_on")
			.param(caseId.value())
			.query((rs, n) -> new Pronouncement(rs.getObject("document_id", UUID.class),
					rs.getDate("pronounced_on").toLocalDate(), PronouncementMode.valueOf(rs.getString("mode"))))
			.list();
	}

	private static CaseDocument document(ResultSet rs, int row) throws SQLException {
		return new CaseDocument(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"), rs.getString("title"),
				rs.getDate("signed_on").toLocalDate(), rs.getString("file_sha256"), rs.getString("file_name"),
				Audience.valueOf(rs.getString("visibility")), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"));
	}
}
