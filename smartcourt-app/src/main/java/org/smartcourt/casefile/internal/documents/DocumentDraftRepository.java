package org.smartcourt.casefile.internal.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code document_draft} table. */
@Repository
class DocumentDraftRepository {

	private static final String COLUMNS = """
			id, case_id, court_id, template_code, template_version, title, addressee_seq, body, status, created_at,
			created_by, updated_at, updated_by, version, issued_at, issued_by, sealed, delivered, case_document_id,
			file_sha256""";

	private final JdbcClient jdbc;

	DocumentDraftRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DocumentDraft> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from document_draft where id = ?").param(id).query(DocumentDraftRepository::map)
			.optional();
	}

	/** Newest first. */
	List<DocumentDraft> ofCase(CaseId caseId) {
		return jdbc.sql("select " + COLUMNS + " from document_draft where case_id = ? order by created_at desc, id")
			.param(caseId.value())
			.query(DocumentDraftRepository::map)
			.list();
	}

	void insert(DocumentDraft d) {
		jdbc.sql("insert into document_draft (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.caseId().value(), d.courtId().value(), d.code().slug(), d.templateVersion(), d.title(),
					d.addresseeSeq(), d.body(), d.status().name(), ts(d.createdAt()), d.createdBy(), ts(d.updatedAt()),
					d.updatedBy(), d.version(), ts(d.issuedAt()), d.issuedBy(), d.sealed(), d.delivered(),
					d.caseDocumentId(), d.fileSha256())
			.update();
	}

	/**
	 * Writes a change made on version {@code d.version() - 1}.
	 *
	 * @throws DomainException 409 when another change came first.
	 */
	void update(DocumentDraft d) {
		int rows = jdbc.sql("""
				update document_draft set body = ?, status = ?, updated_at = ?, updated_by = ?, version = ?, issued_at = ?,
				       issued_by = ?, sealed = ?, delivered = ?, case_document_id = ?, file_sha256 = ?
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(d.body(), d.status().name(), ts(d.updatedAt()), d.updatedBy(), d.version(), ts(d.issuedAt()),
					d.issuedBy(), d.sealed(), d.delivered(), d.caseDocumentId(), d.fileSha256(), d.id(), d.version() - 1)
			.update();
		if (rows != 1) {
			throw DomainException.conflict("document-draft-changed", "problem.document-draft-changed.detail", d.title());
		}
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static DocumentDraft map(ResultSet rs, int row) throws SQLException {
		int addressee = rs.getInt("addressee_seq");
		Integer addresseeSeq = rs.wasNull() ? null : addressee;
		return new DocumentDraft(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new CourtId(rs.getString("court_id")), TemplateCode.fromSlug(rs.getString("template_code")).orElseThrow(),
				rs.getInt("template_version"), rs.getString("title"), addresseeSeq, rs.getString("body"),
				DraftStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"), instant(rs, "issued_at"),
				rs.getString("issued_by"), rs.getBoolean("sealed"), rs.getBoolean("delivered"),
				rs.getObject("case_document_id", UUID.class), rs.getString("file_sha256"));
	}
}
