package org.smartcourt.preservation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.fees.Money;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.Security;
import org.smartcourt.preservation.SecurityKind;
import org.smartcourt.preservation.internal.Application.CaseRef;
import org.smartcourt.preservation.internal.Application.Party;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The preservation tables, by JdbcClient. Changes of an application's state check its version (one wins). */
@Repository
public class PreservationStore {

	private final JdbcClient jdbc;

	PreservationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Application a, String idempotencyKey) {
		jdbc.sql("""
				insert into preservation_application (id, court_id, kind, status, urgent, urgent_reason, applicant_name,
				  applicant_id_number, applicant_address, applicant_contact, respondent_name, respondent_id_number,
				  respondent_address, respondent_contact, claim, grounds, amount_fen, search_requested, security_kind,
				  security_amount_fen, security_provider, security_reference, no_security_ground, required_security_fen,
				  security_given_at, fee_fen, review_case_id, review_case_number, litigation_case_id, litigation_case_number,
				  filed_by, filed_role, filed_at, idempotency_key, clock_start, ruling_due_at)
				values (:id, :court, :kind, :status, :urgent, :urgentReason, :aName, :aId, :aAddress, :aContact, :rName, :rId,
				  :rAddress, :rContact, :claim, :grounds, :amount, :search, :sKind, :sAmount, :sProvider, :sReference, :ground,
				  :required, :given, :fee, :reviewId, :reviewNumber, :litId, :litNumber, :filedBy, :filedRole, :filedAt, :key,
				  :clockStart, :due)""")
			.param("id", a.id().value())
			.param("court", a.court().value())
			.param("kind", a.kind().name())
			.param("status", a.status().name())
			.param("urgent", a.urgent())
			.param("urgentReason", a.urgentReason())
			.param("aName", a.applicant().name())
			.param("aId", a.applicant().idNumber())
			.param("aAddress", a.applicant().address())
			.param("aContact", a.applicant().contact())
			.param("rName", a.respondent().name())
			.param("rId", a.respondent().idNumber())
			.param("rAddress", a.respondent().address())
			.param("rContact", a.respondent().contact())
			.param("claim", a.claim())
			.param("grounds", a.grounds())
			.param("amount", a.amount().fen())
			.param("search", a.searchRequested())
			.param("sKind", a.security() == null ? null : a.security().kind().name())
			.param("sAmount", a.security() == null ? null : a.security().amount().fen())
			.param("sProvider", a.security() == null ? null : a.security().provider())
			.param("sReference", a.security() == null ? null : a.security().reference())
			.param("ground", a.noSecurityGround() == null ? null : a.noSecurityGround().name())
			.param("required", a.requiredSecurity() == null ? null : a.requiredSecurity().fen())
			.param("given", ts(a.securityGivenAt()))
			.param("fee", a.fee().fen())
			.param("reviewId", a.reviewCase() == null ? null : a.reviewCase().id())
			.param("reviewNumber", a.reviewCase() == null ? null : a.reviewCase().number())
			.param("litId", a.litigationCase() == null ? null : a.litigationCase().id())
			.param("litNumber", a.litigationCase() == null ? null : a.litigationCase().number())
			.param("filedBy", a.filedBy())
			.param("filedRole", a.filedRole())
			.param("filedAt", ts(a.filedAt()))
			.param("key", idempotencyKey)
			.param("clockStart", ts(a.clockStart()))
			.param("due", ts(a.rulingDueAt()))
			.update();
		for (PreservedProperty p : a.properties()) {
			jdbc.sql("""
					insert into preservation_property (application_id, seq, kind, description, identifier,
					  estimated_value_fen, lead_only) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(a.id().value(), p.seq(), p.kind().name(), p.description(), p.identifier(),
						p.estimatedValue() == null ? null : p.estimatedValue().fen(), p.leadOnly())
				.update();
		}
	}

	Optional<PreservationId> findByKey(String filedBy, String key) {
		return jdbc.sql("select id from preservation_application where filed_by = ? and idempotency_key = ?")
			.params(filedBy, key)
			.query((rs, n) -> new PreservationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public Optional<Application> find(PreservationId id) {
		return jdbc.sql("select * from preservation_application where id = ?")
			.param(id.value())
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::withParts);
	}

	/** Applications matching a where-clause over {@code a} (preservation_application), newest first. */
	List<Application> where(String condition, Object... params) {
		return jdbc.sql("select a.* from preservation_application a where " + condition + " order by a.filed_at desc")
			.params(params)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.map(this::withParts)
			.toList();
	}

	/**
	 * Moves an application on if nobody changed it since it was read.
	 *
	 * @param set the assignments, e.g. {@code status = ?, ruled_at = ?}.
	 * @return whether it was changed (false: someone else was first).
	 */
	boolean change(Application a, String set, Object... params) {
		Object[] all = new Object[params.length + 2];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = a.id().value();
		all[params.length + 1] = a.version();
		return jdbc.sql("update preservation_application set " + set + ", version = version + 1 where id = ? and version = ?")
			.params(all)
			.update() == 1;
	}

	void insertMeasure(Measure m) {
		jdbc.sql("""
				insert into preservation_measure (id, application_id, property_seq, kind, object_kind, object_description,
				  amount_fen, status, start_date, expiry_date, rule_id, suit_deadline)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.applicationId(), m.propertySeq(), m.kind().name(), m.objectKind().name(),
					m.objectDescription(), m.amount() == null ? null : m.amount().fen(), m.status().name(), m.startDate(),
					m.expiryDate(), m.ruleId(), m.suitDeadline())
			.update();
	}

	void updateMeasure(UUID id, String set, Object... params) {
		Object[] all = new Object[params.length + 1];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = id;
		jdbc.sql("update preservation_measure set " + set + " where id = ?").params(all).update();
	}

	/** Measures matching a where-clause over {@code m}. */
	public List<Measure> measuresWhere(String condition, Object... params) {
		return jdbc.sql("select m.* from preservation_measure m where " + condition + " order by m.property_seq")
			.params(params)
			.query((rs, n) -> measure(rs))
			.list();
	}

	/** Records a warning once; false when it was recorded before. */
	boolean recordWarning(UUID measure, LocalDate expiry, int leadDays, LocalDate today) {
		return jdbc.sql("""
				insert into preservation_warning (measure_id, expiry_date, lead_days, sent_on) values (?, ?, ?, ?)
				on conflict do nothing""").params(measure, expiry, leadDays, today).update() == 1;
	}

	public List<Integer> warningsSent(UUID measure, LocalDate expiry) {
		return jdbc.sql("select lead_days from preservation_warning where measure_id = ? and expiry_date = ? order by lead_days desc")
			.params(measure, expiry)
			.query(Integer.class)
			.list();
	}

	/** The fees module's payment of the 申请费, once opened. */
	public Optional<UUID> feePayment(PreservationId id) {
		return jdbc.sql("select fee_payment_id from preservation_application where id = ? and fee_payment_id is not null")
			.param(id.value())
			.query(UUID.class)
			.optional();
	}

	void addDocument(PreservationId id, Application.Document d) {
		jdbc.sql("""
				insert into preservation_document (application_id, sha256, kind, title, created_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""").params(id.value(), d.sha256(), d.kind(), d.title(), ts(d.createdAt())).update();
	}

	void addEvent(PreservationId id, Instant at, String actor, String kind, String summary) {
		jdbc.sql("insert into preservation_event (id, application_id, at, actor, kind, summary) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id.value(), ts(at), actor, kind, summary)
			.update();
	}

	private Application withParts(Application a) {
		UUID id = a.id().value();
		List<PreservedProperty> properties = jdbc
			.sql("select * from preservation_property where application_id = ? order by seq")
			.param(id)
			.query((rs, n) -> new PreservedProperty(rs.getInt("seq"), PropertyKind.valueOf(rs.getString("kind")),
					rs.getString("description"), rs.getString("identifier"), money(rs, "estimated_value_fen"),
					rs.getBoolean("lead_only")))
			.list();
		List<Measure> measures = measuresWhere("m.application_id = ?", id);
		List<Application.Document> documents = jdbc
			.sql("select * from preservation_document where application_id = ? order by created_at")
			.param(id)
			.query((rs, n) -> new Application.Document(rs.getString("sha256"), rs.getString("kind"), rs.getString("title"),
					instant(rs, "created_at")))
			.list();
		List<Application.Event> events = jdbc
			.sql("select * from preservation_event where application_id = ? order by at, kind")
			.param(id)
			.query((rs, n) -> new Application.Event(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
					rs.getString("summary")))
			.list();
		return new Application(a.id(), a.court(), a.kind(), a.status(), a.urgent(), a.urgentReason(), a.applicant(),
				a.respondent(), a.claim(), a.grounds(), a.amount(), a.searchRequested(), a.security(), a.noSecurityGround(),
				a.requiredSecurity(), a.securityReason(), a.securityGivenAt(), a.fee(), a.feePaid(), a.reviewCase(),
				a.litigationCase(), a.enforcementCase(), a.filedBy(), a.filedRole(), a.filedAt(), a.clockStart(),
				a.rulingDueAt(), a.ruledAt(), a.ruledBy(), a.rulingReason(), a.enforcementDueAt(), a.enforcedAt(),
				a.reviewRequestedOn(), a.reviewReason(), a.reviewDueOn(), a.reviewDecidedAt(), a.reviewOutcome(),
				a.reviewNote(), a.convertedOn(), a.version(), properties, measures, documents, events);
	}

	private static Application row(ResultSet rs) throws SQLException {
		String sKind = rs.getString("security_kind");
		Security security = sKind == null ? null
				: new Security(SecurityKind.valueOf(sKind), money(rs, "security_amount_fen"), rs.getString("security_provider"),
						rs.getString("security_reference"));
		String ground = rs.getString("no_security_ground");
		return new Application(new PreservationId(rs.getObject("id", UUID.class)), new CourtId(rs.getString("court_id")),
				PreservationKind.valueOf(rs.getString("kind")), ApplicationStatus.valueOf(rs.getString("status")),
				rs.getBoolean("urgent"), rs.getString("urgent_reason"),
				new Party(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_address"), rs.getString("applicant_contact")),
				new Party(rs.getString("respondent_name"), rs.getString("respondent_id_number"),
						rs.getString("respondent_address"), rs.getString("respondent_contact")),
				rs.getString("claim"), rs.getString("grounds"), money(rs, "amount_fen"), rs.getBoolean("search_requested"),
				security, ground == null ? null : NoSecurityGround.valueOf(ground), money(rs, "required_security_fen"),
				rs.getString("security_reason"), instant(rs, "security_given_at"), money(rs, "fee_fen"),
				rs.getBoolean("fee_paid"), ref(rs, "review_case"), ref(rs, "litigation_case"), ref(rs, "enforcement_case"),
				rs.getString("filed_by"), rs.getString("filed_role"), instant(rs, "filed_at"), instant(rs, "clock_start"),
				instant(rs, "ruling_due_at"), instant(rs, "ruled_at"), rs.getString("ruled_by"), rs.getString("ruling_reason"),
				instant(rs, "enforcement_due_at"), instant(rs, "enforced_at"), date(rs, "review_requested_on"),
				rs.getString("review_reason"), date(rs, "review_due_on"), instant(rs, "review_decided_at"),
				rs.getString("review_outcome"), rs.getString("review_note"), date(rs, "converted_on"), rs.getInt("version"),
				List.of(), List.of(), List.of(), List.of());
	}

	private static Measure measure(ResultSet rs) throws SQLException {
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getInt("property_seq"), MeasureKind.valueOf(rs.getString("kind")),
				PropertyKind.valueOf(rs.getString("object_kind")), rs.getString("object_description"),
				money(rs, "amount_fen"), MeasureStatus.valueOf(rs.getString("status")), date(rs, "start_date"),
				date(rs, "expiry_date"), rs.getString("rule_id"), rs.getInt("renewals"), date(rs, "renewal_requested_on"),
				date(rs, "suit_deadline"), date(rs, "lapsed_on"), date(rs, "lifted_on"), rs.getString("lift_reason"));
	}

	private static CaseRef ref(ResultSet rs, String prefix) throws SQLException {
		UUID id = rs.getObject(prefix + "_id", UUID.class);
		return id == null ? null : new CaseRef(id, rs.getString(prefix + "_number"));
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		long fen = rs.getLong(column);
		return rs.wasNull() ? null : Money.ofFen(fen);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}
}
