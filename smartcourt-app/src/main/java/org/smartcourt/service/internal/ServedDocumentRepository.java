package org.smartcourt.service.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ServedDocumentRepository {

	private static final String COLUMNS = "document_id, case_id, court_id, kind, title, number, signed_on, file_sha256, for_parties, recorded_at";

	private final JdbcClient jdbc;

	ServedDocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ServedDocument d) {
		jdbc.sql("insert into service_document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(d.id(), d.caseId().value(), d.courtId().value(), d.kind(), d.title(), d.number(), Date.valueOf(d.signedOn()),
					d.fileSha256(), d.forParties(), Timestamp.from(d.recordedAt()))
			.update();
	}

	Optional<ServedDocument> find(CaseId caseId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from service_document where case_id = ? and document_id = ?")
			.params(caseId.value(), id)
			.query(ServedDocumentRepository::map)
			.optional();
	}

	Optional<ServedDocument> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from service_document where document_id = ?")
			.param(id)
			.query(ServedDocumentRepository::map)
			.optional();
	}

	/** The case's documents meant for parties, oldest first. */
	List<ServedDocument> forParties(CaseId caseId) {
		return jdbc.sql("select " + COLUMNS + " from service_document where case_id = ? and for_parties order by recorded_at")
			.param(caseId.value())
			.query(ServedDocumentRepository::map)
			.list();
	}

	/** 待送达: documents for parties of the court's cases on which nobody has started a service, oldest first. */
	List<ServedDocument> unserved(CourtId court, int limit) {
		return jdbc.sql("select " + COLUMNS + " from service_document d where court_id = ? and for_parties "
				+ "and not exists (select 1 from serving s where s.document_id = d.document_id) order by recorded_at limit ?")
			.params(court.value(), limit)
			.query(ServedDocumentRepository::map)
			.list();
	}

	long countUnserved(CourtId court) {
		return jdbc.sql("select count(*) from service_document d where court_id = ? and for_parties "
				+ "and not exists (select 1 from serving s where s.document_id = d.document_id)")
			.param(court.value())
			.query(Long.class)
			.single();
	}

	private static ServedDocument map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ServedDocument(rs.getObject("document_id", UUID.class),
				new CaseId(rs.getObject("case_id", UUID.class)), new CourtId(rs.getString("court_id")), rs.getString("kind"), rs.getString("title"),
				rs.getString("number"), rs.getDate("signed_on").toLocalDate(), rs.getString("file_sha256"),
				rs.getBoolean("for_parties"), rs.getTimestamp("recorded_at").toInstant());
	}
}
