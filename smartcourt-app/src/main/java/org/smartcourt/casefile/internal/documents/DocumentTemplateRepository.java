package org.smartcourt.casefile.internal.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code document_template} table. */
@Repository
class DocumentTemplateRepository {

	private static final String COLUMNS = "code, version, title, body, created_at, created_by, active";

	private final JdbcClient jdbc;

	DocumentTemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DocumentTemplate> active(TemplateCode code) {
		return jdbc.sql("select " + COLUMNS + " from document_template where code = ? and active")
			.param(code.slug())
			.query(DocumentTemplateRepository::map)
			.optional();
	}

	Optional<DocumentTemplate> version(TemplateCode code, int version) {
		return jdbc.sql("select " + COLUMNS + " from document_template where code = ? and version = ?")
			.params(code.slug(), version)
			.query(DocumentTemplateRepository::map)
			.optional();
	}

	/** Newest first. */
	List<DocumentTemplate> versions(TemplateCode code) {
		return jdbc.sql("select " + COLUMNS + " from document_template where code = ? order by version desc")
			.param(code.slug())
			.query(DocumentTemplateRepository::map)
			.list();
	}

	boolean exists(TemplateCode code) {
		return jdbc.sql("select count(*) from document_template where code = ?").param(code.slug()).query(Long.class)
			.single() > 0;
	}

	/** Serialises changes to one code's versions until the transaction ends (across app nodes). */
	void lock(TemplateCode code) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('document_template:' || ?))").param(code.slug()).query().listOfRows();
	}

	/** Adds a version after the newest and makes it the active one. */
	DocumentTemplate addVersion(TemplateCode code, String title, String body, java.time.Instant at, String by) {
		lock(code);
		int next = jdbc.sql("select coalesce(max(version), 0) + 1 from document_template where code = ?")
			.param(code.slug())
			.query(Integer.class)
			.single();
		jdbc.sql("update document_template set active = false where code = ? and active").param(code.slug()).update();
		jdbc.sql("insert into document_template (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, true)")
			.params(code.slug(), next, title, body, Timestamp.from(at), by)
			.update();
		return new DocumentTemplate(code, next, title, body, at, by, true);
	}

	private static DocumentTemplate map(ResultSet rs, int row) throws SQLException {
		return new DocumentTemplate(TemplateCode.fromSlug(rs.getString("code")).orElseThrow(), rs.getInt("version"),
				rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getBoolean("active"));
	}
}
