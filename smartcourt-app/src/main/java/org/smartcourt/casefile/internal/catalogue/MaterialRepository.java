package org.smartcourt.casefile.internal.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.storage.DocumentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the catalogue. Every read takes a {@link Readership} and applies it in the query, so no caller can forget
 * it: a party's query never returns a 副卷 row, whatever id it asks for.
 */
@Repository
class MaterialRepository {

	private static final String COLUMNS = """
			id, case_id, category_code, volume, title, file_sha256, file_name, file_type, page_count, source, source_ref,
			submitted_by, submitter_name, submitted_at, party_visible, description, evidence_name, purpose,
			submitting_party""";
	/** {@link Readership#sees} in SQL; parameters: court?, delivered document ids. */
	private static final String READABLE = " and (? or (volume = 'MAIN' and party_visible"
			+ " and (source <> 'DOCUMENT' or source_ref = any(?))))";

	private final JdbcClient jdbc;

	MaterialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a material unless its source already has it; whether it was new. */
	boolean insertIfAbsent(CaseMaterial m) {
		return jdbc.sql("""
				insert into case_material (id, case_id, category_code, volume, title, file_sha256, file_name, file_type,
				    page_count, source, source_ref, submitted_by, submitter_name, submitted_at, party_visible,
				    description, evidence_name, purpose, submitting_party)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source, source_ref) do nothing""")
			.params(m.id().value(), m.caseId().value(), m.categoryCode(), m.volume().name(), m.title(), m.fileSha256(),
					m.fileName(), m.fileType() == null ? null : m.fileType().name(), m.pageCount(), m.source().name(),
					m.sourceRef(), m.submittedBy(), m.submitterName(), Timestamp.from(m.submittedAt()),
					m.partyVisible(), m.description(), m.evidenceName(), m.purpose(), m.submittingParty())
			.update() == 1;
	}

	boolean exists(MaterialSource source, String sourceRef) {
		return jdbc.sql("select count(*) from case_material where source = ? and source_ref = ?")
			.params(source.name(), sourceRef)
			.query(Long.class)
			.single() > 0;
	}

	/** The material recorded from {@code source}/{@code sourceRef}, whoever may read it. */
	Optional<CaseMaterial> bySource(MaterialSource source, String sourceRef) {
		return jdbc.sql("select " + COLUMNS + " from case_material where source = ? and source_ref = ?")
			.params(source.name(), sourceRef)
			.query(MaterialRepository::map)
			.optional();
	}

	/** The case's materials the reader may see, in arrival order. */
	List<CaseMaterial> list(CaseId caseId, Readership reader) {
		return jdbc.sql("select " + COLUMNS + " from case_material where case_id = ?" + READABLE
				+ " order by submitted_at, id")
			.params(caseId.value(), reader.court(), delivered(reader))
			.query(MaterialRepository::map)
			.list();
	}

	/** One material of the case, if the reader may see it. */
	Optional<CaseMaterial> find(CaseId caseId, MaterialId id, Readership reader) {
		return jdbc.sql("select " + COLUMNS + " from case_material where case_id = ? and id = ?" + READABLE)
			.params(caseId.value(), id.value(), reader.court(), delivered(reader))
			.query(MaterialRepository::map)
			.optional();
	}

	private static String[] delivered(Readership reader) {
		return reader.deliveredDocuments().stream().map(UUID::toString).toArray(String[]::new);
	}

	private static CaseMaterial map(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("file_type");
		return new CaseMaterial(new MaterialId(rs.getObject("id", UUID.class)),
				new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("category_code"),
				Volume.valueOf(rs.getString("volume")), rs.getString("title"), rs.getString("file_sha256"),
				rs.getString("file_name"), type == null ? null : DocumentType.valueOf(type), rs.getInt("page_count"),
				MaterialSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
				rs.getString("submitted_by"), rs.getString("submitter_name"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("party_visible"),
				rs.getString("description"), rs.getString("evidence_name"), rs.getString("purpose"),
				rs.getString("submitting_party"));
	}
}
