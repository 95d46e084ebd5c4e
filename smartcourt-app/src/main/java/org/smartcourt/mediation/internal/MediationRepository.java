package org.smartcourt.mediation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.Procedure;
import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores mediations and everything recorded on them. Statements are small and named after what they record. */
@Repository
class MediationRepository {

	private static final String SELECT = """
			select m.*, d.name as mediator_name, d.username as mediator_username, o.name as organization_name
			  from mediation m
			  left join mediator d on d.id = m.mediator_id
			  left join mediation_organization o on o.id = d.organization_id""";

	private final JdbcClient jdbc;

	MediationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewMediation(MediationId id, String courtId, MediationKind kind, UUID filingId, UUID caseId,
			String caseNumber, String title, String causeCode, Procedure procedure, LocalDate requestedOn,
			LocalDate choiceDue, LocalDate designationDue, Instant now) {
	}

	void insert(NewMediation m) {
		jdbc.sql("""
				insert into mediation (id, court_id, kind, status, filing_id, case_id, case_number, title, cause_code,
				       procedure, requested_on, choice_due, designation_due, created_at)
				values (?,?,?,'AWAITING_DESIGNATION',?,?,?,?,?,?,?,?,?,?)""")
			.params(m.id().value(), m.courtId(), m.kind().name(), m.filingId(), m.caseId(), m.caseNumber(), m.title(),
					m.causeCode(), m.procedure() == null ? null : m.procedure().name(), date(m.requestedOn()),
					date(m.choiceDue()), date(m.designationDue()), Timestamp.from(m.now()))
			.update();
	}

	void insertParty(MediationId id, int seq, String side, String name, String username) {
		jdbc.sql("insert into mediation_party (mediation_id, seq, side, name, username) values (?,?,?,?,?)")
			.params(id.value(), seq, side, name, username)
			.update();
	}

	Optional<MediationDetail> find(MediationId id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id.value()).query(this::map).optional();
	}

	/** Locks the row for the command, so two commands on one mediation run one after the other. */
	Optional<MediationDetail> lock(MediationId id) {
		boolean exists = jdbc.sql("select id from mediation where id = ? for update")
			.param(id.value())
			.query(UUID.class)
			.optional()
			.isPresent();
		return exists ? find(id) : Optional.empty();
	}

	Optional<MediationDetail> byFiling(UUID filingId) {
		return jdbc.sql(SELECT + " where m.filing_id = ?").param(filingId).query(this::map).optional();
	}

	boolean openOnCase(UUID caseId) {
		return jdbc.sql("select count(*) from mediation where (case_id = ? or origin_case_id = ?) "
				+ "and status in ('AWAITING_DESIGNATION','AWAITING_ACCEPTANCE','MEDIATING')")
			.params(caseId, caseId)
			.query(Integer.class)
			.single() > 0;
	}

	List<MediationDetail> onCase(UUID caseId) {
		return jdbc.sql(SELECT + " where m.case_id = ? or m.origin_case_id = ? order by m.created_at")
			.params(caseId, caseId)
			.query(this::map)
			.list();
	}

	List<MediationDetail> ofCourt(String courtId) {
		return jdbc.sql(SELECT + " where m.court_id = ? order by m.created_at desc limit 500")
			.param(courtId)
			.query(this::map)
			.list();
	}

	List<MediationDetail> ofMediator(String username) {
		return jdbc.sql(SELECT + " where d.username = ? order by m.status, m.due_on nulls first, m.created_at desc")
			.param(username)
			.query(this::map)
			.list();
	}

	List<MediationDetail> ofParty(String username) {
		return jdbc.sql(SELECT + " where m.id in (select mediation_id from mediation_party where username = ?) "
				+ "order by m.created_at desc")
			.param(username)
			.query(this::map)
			.list();
	}

	void setStatus(MediationId id, MediationStatus status) {
		jdbc.sql("update mediation set status = ?, version = version + 1 where id = ?")
			.params(status.name(), id.value())
			.update();
	}

	void setOriginCase(MediationId id, UUID originCaseId) {
		jdbc.sql("update mediation set origin_case_id = ? where id = ?").params(originCaseId, id.value()).update();
	}

	void linkParty(MediationId id, int seq, String username) {
		jdbc.sql("update mediation_party set username = ? where mediation_id = ? and seq = ?")
			.params(username, id.value(), seq)
			.update();
	}

	void choose(MediationId id, int seq, UUID mediatorId) {
		jdbc.sql("update mediation_party set chosen_mediator_id = ? where mediation_id = ? and seq = ?")
			.params(mediatorId, id.value(), seq)
			.update();
	}

	void designate(MediationId id, UUID mediatorId, boolean byChoice, LocalDate on, LocalDate acceptanceDue) {
		jdbc.sql("update mediation_assignment set outcome = 'OVERDUE', decided_at = now() "
				+ "where mediation_id = ? and outcome = 'PENDING'")
			.param(id.value())
			.update();
		jdbc.sql("""
				insert into mediation_assignment (id, mediation_id, mediator_id, by_choice, designated_on, acceptance_due,
				       outcome) values (?,?,?,?,?,?,'PENDING')""")
			.params(UUID.randomUUID(), id.value(), mediatorId, byChoice, date(on), date(acceptanceDue))
			.update();
		jdbc.sql("update mediation set mediator_id = ?, acceptance_due = ?, status = 'AWAITING_ACCEPTANCE', "
				+ "version = version + 1 where id = ?")
			.params(mediatorId, date(acceptanceDue), id.value())
			.update();
	}

	void answer(MediationId id, String outcome, String reason, Instant at) {
		jdbc.sql("update mediation_assignment set outcome = ?, reason = ?, decided_at = ? "
				+ "where mediation_id = ? and outcome = 'PENDING'")
			.params(outcome, reason, Timestamp.from(at), id.value())
			.update();
	}

	void accepted(MediationId id, LocalDate on, Due period) {
		jdbc.sql("""
				update mediation set status = 'MEDIATING', accepted_on = ?, original_due = ?, due_on = ?,
				       period_citation = ?, version = version + 1 where id = ?""")
			.params(date(on), date(period.date()), date(period.date()), period.explanation(), id.value())
			.update();
	}

	void declined(MediationId id, Due designation) {
		jdbc.sql("""
				update mediation set status = 'AWAITING_DESIGNATION', mediator_id = null, acceptance_due = null,
				       designation_due = ?, version = version + 1 where id = ?""")
			.params(date(designation.date()), id.value())
			.update();
	}

	UUID insertExtension(MediationId id, LocalDate until, String reason, Instant now) {
		UUID ext = UUID.randomUUID();
		jdbc.sql("insert into mediation_extension (id, mediation_id, until_on, reason, created_at) values (?,?,?,?,?)")
			.params(ext, id.value(), date(until), reason, Timestamp.from(now))
			.update();
		return ext;
	}

	void consent(UUID extensionId, int seq, String method, String scan, String recordedBy, Instant now) {
		jdbc.sql("""
				insert into mediation_consent (extension_id, party_seq, method, scan_sha256, recorded_by, recorded_at)
				values (?,?,?,?,?,?) on conflict do nothing""")
			.params(extensionId, seq, method, scan, recordedBy, Timestamp.from(now))
			.update();
	}

	void extensionAgreed(MediationId id, UUID extensionId, LocalDate until) {
		jdbc.sql("update mediation_extension set agreed = true where id = ?").param(extensionId).update();
		jdbc.sql("update mediation set due_on = ?, version = version + 1 where id = ?")
			.params(date(until), id.value())
			.update();
	}

	void insertAgreement(MediationId id, String markdown, String pdfSha, Instant now) {
		jdbc.sql("update mediation_agreement set status = 'SUPERSEDED' where mediation_id = ? and status = 'PROPOSED'")
			.param(id.value())
			.update();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from mediation_agreement where mediation_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into mediation_agreement (id, mediation_id, version, markdown, pdf_sha256, status, created_at)
				values (?,?,?,?,?,'PROPOSED',?)""")
			.params(UUID.randomUUID(), id.value(), version, markdown, pdfSha, Timestamp.from(now))
			.update();
	}

	void sign(UUID agreementId, int seq, boolean confirmed, Instant now) {
		jdbc.sql("insert into mediation_signature (agreement_id, party_seq, confirmed, signed_at) values (?,?,?,?)")
			.params(agreementId, seq, confirmed, Timestamp.from(now))
			.update();
	}

	void agreementStatus(UUID agreementId, String status) {
		jdbc.sql("update mediation_agreement set status = ? where id = ?").params(status, agreementId).update();
	}

	void settled(MediationId id, LocalDate on, Due applyBy) {
		jdbc.sql("""
				update mediation set status = 'SETTLED', ended_on = ?, effective_on = ?, confirmation_apply_due = ?,
				       version = version + 1 where id = ?""")
			.params(date(on), date(on), date(applyBy.date()), id.value())
			.update();
	}

	void ended(MediationId id, LocalDate on, EndingGround ground, String note) {
		jdbc.sql("""
				update mediation set status = 'ENDED', ended_on = ?, ending_ground = ?, ending_note = ?,
				       version = version + 1 where id = ?""")
			.params(date(on), ground.name(), note, id.value())
			.update();
	}

	void insertRecord(MediationId id, String kind, String text, LocalDateTime sessionAt, String link, String author,
			Instant now) {
		jdbc.sql("""
				insert into mediation_record (id, mediation_id, kind, text, session_at, meeting_link, author, created_at)
				values (?,?,?,?,?,?,?,?)""")
			.params(UUID.randomUUID(), id.value(), kind, text, sessionAt == null ? null : Timestamp.valueOf(sessionAt),
					link, author, Timestamp.from(now))
			.update();
	}

	void applyForConfirmation(MediationId id, int seq, String document, Instant now) {
		jdbc.sql("""
				insert into mediation_confirmation_request (mediation_id, party_seq, document, applied_at)
				values (?,?,?,?) on conflict (mediation_id, party_seq) do update set document = excluded.document,
				applied_at = excluded.applied_at""")
			.params(id.value(), seq, document, Timestamp.from(now))
			.update();
	}

	void confirmationCase(MediationId id, UUID caseId, String number, Due due) {
		jdbc.sql("""
				update mediation set confirmation_case_id = ?, confirmation_case_number = ?, confirmation_due = ?,
				       confirmation_citation = ?, version = version + 1 where id = ?""")
			.params(caseId, number, due == null ? null : date(due.date()), due == null ? null : due.explanation(),
					id.value())
			.update();
	}

	private MediationDetail map(ResultSet rs, int n) throws SQLException {
		MediationId id = new MediationId(rs.getObject("id", UUID.class));
		String procedure = rs.getString("procedure");
		String ground = rs.getString("ending_ground");
		return new MediationDetail(id, rs.getString("court_id"), MediationKind.valueOf(rs.getString("kind")),
				MediationStatus.valueOf(rs.getString("status")), rs.getObject("filing_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getString("title"),
				rs.getString("cause_code"), procedure == null ? null : Procedure.valueOf(procedure),
				day(rs, "requested_on"), day(rs, "choice_due"), day(rs, "designation_due"),
				rs.getObject("mediator_id", UUID.class), rs.getString("mediator_name"),
				rs.getString("mediator_username"), rs.getString("organization_name"), day(rs, "acceptance_due"),
				day(rs, "accepted_on"), day(rs, "original_due"), day(rs, "due_on"), rs.getString("period_citation"),
				day(rs, "ended_on"), ground == null ? null : EndingGround.valueOf(ground), rs.getString("ending_note"),
				day(rs, "effective_on"), day(rs, "confirmation_apply_due"),
				rs.getObject("confirmation_case_id", UUID.class), rs.getString("confirmation_case_number"),
				day(rs, "confirmation_due"), rs.getString("confirmation_citation"), rs.getLong("version"),
				parties(id), assignments(id), extensions(id), agreements(id), records(id), confirmationRequests(id));
	}

	private List<MediationDetail.Party> parties(MediationId id) {
		return jdbc.sql("select seq, side, name, username, chosen_mediator_id from mediation_party "
				+ "where mediation_id = ? order by seq")
			.param(id.value())
			.query((rs, n) -> new MediationDetail.Party(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, UUID.class)))
			.list();
	}

	private List<MediationDetail.Assignment> assignments(MediationId id) {
		return jdbc.sql("""
				select a.id, a.mediator_id, d.name, a.by_choice, a.designated_on, a.acceptance_due, a.outcome, a.reason
				  from mediation_assignment a join mediator d on d.id = a.mediator_id
				 where a.mediation_id = ? order by a.designated_on, a.decided_at nulls last""")
			.param(id.value())
			.query((rs, n) -> new MediationDetail.Assignment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getBoolean(4), day(rs, "designated_on"), day(rs, "acceptance_due"),
					rs.getString(7), rs.getString(8)))
			.list();
	}

	private List<MediationDetail.Extension> extensions(MediationId id) {
		return jdbc.sql("select id, until_on, reason, agreed from mediation_extension where mediation_id = ? "
				+ "order by created_at")
			.param(id.value())
			.query((rs, n) -> {
				UUID ext = rs.getObject(1, UUID.class);
				return new MediationDetail.Extension(ext, day(rs, "until_on"), rs.getString(3), rs.getBoolean(4),
						consents(ext));
			})
			.list();
	}

	private List<MediationDetail.Consent> consents(UUID extensionId) {
		return jdbc.sql("select party_seq, method, scan_sha256, recorded_by, recorded_at from mediation_consent "
				+ "where extension_id = ? order by party_seq")
			.param(extensionId)
			.query((rs, n) -> new MediationDetail.Consent(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	private List<MediationDetail.Agreement> agreements(MediationId id) {
		return jdbc.sql("select id, version, markdown, pdf_sha256, status, created_at from mediation_agreement "
				+ "where mediation_id = ? order by version")
			.param(id.value())
			.query((rs, n) -> {
				UUID agreement = rs.getObject(1, UUID.class);
				return new MediationDetail.Agreement(agreement, rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getString(5), signatures(agreement), rs.getTimestamp(6).toInstant());
			})
			.list();
	}

	private Map<Integer, Boolean> signatures(UUID agreementId) {
		Map<Integer, Boolean> result = new LinkedHashMap<>();
		jdbc.sql("select party_seq, confirmed from mediation_signature where agreement_id = ? order by party_seq")
			.param(agreementId)
			.query((rs, n) -> result.put(rs.getInt(1), rs.getBoolean(2)))
			.list();
		return result;
	}

	private List<MediationDetail.Entry> records(MediationId id) {
		return jdbc.sql("select id, kind, text, session_at, meeting_link, author, created_at from mediation_record "
				+ "where mediation_id = ? order by created_at")
			.param(id.value())
			.query((rs, n) -> {
				Timestamp at = rs.getTimestamp(4);
				return new MediationDetail.Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						at == null ? null : at.toLocalDateTime(), rs.getString(5), rs.getString(6),
						rs.getTimestamp(7).toInstant());
			})
			.list();
	}

	private Map<Integer, String> confirmationRequests(MediationId id) {
		Map<Integer, String> result = new LinkedHashMap<>();
		jdbc.sql("select party_seq, document from mediation_confirmation_request where mediation_id = ?")
			.param(id.value())
			.query((rs, n) -> result.put(rs.getInt(1), rs.getString(2)))
			.list();
		return result;
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
