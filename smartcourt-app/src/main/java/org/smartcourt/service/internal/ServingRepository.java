package org.smartcourt.service.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.notification.Channel;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Services, their channels' attempts and their trail. */
@Repository
class ServingRepository {

	private static final String COLUMNS = """
			id, case_id, court_id, document_id, party_seq, method, status, created_by, created_at, reference,
			handed_over_on, event_on, witness, evidence_sha256, abroad, proven_on, proven_reason, acknowledged_at,
			paper_requested_at, effective_on, effective_rule, certificate_sha256""";
	private static final String ATTEMPT_COLUMNS = """
			id, serving_id, channel, address, address_confirmed, token, message_id, queued_at, sent_at, opened_at,
			failed_at, failure_reason""";

	private final JdbcClient jdbc;

	ServingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Serving s, String idempotencyKey) {
		jdbc.sql("insert into serving (" + COLUMNS + ", idempotency_key) values (" + "?, ".repeat(22) + "?)")
			.params(s.id(), s.caseId().value(), s.courtId().value(), s.documentId(), s.partySeq(), s.method().name(),
					s.status().name(), s.createdBy(), ts(s.createdAt()), s.reference(), date(s.handedOverOn()),
					date(s.eventOn()), s.witness(), s.evidenceSha256(), s.abroad(), date(s.provenOn()), s.provenReason(),
					ts(s.acknowledgedAt()), ts(s.paperRequestedAt()), date(s.effectiveOn()),
					s.effectiveRule() == null ? null : s.effectiveRule().name(), s.certificateSha256(), idempotencyKey)
			.update();
	}

	void update(Serving s) {
		jdbc.sql("""
				update serving set status = ?, reference = ?, handed_over_on = ?, event_on = ?, witness = ?,
				evidence_sha256 = ?, abroad = ?, proven_on = ?, proven_reason = ?, acknowledged_at = ?,
				paper_requested_at = ?, effective_on = ?, effective_rule = ?, certificate_sha256 = ? where id = ?""")
			.params(s.status().name(), s.reference(), date(s.handedOverOn()), date(s.eventOn()), s.witness(),
					s.evidenceSha256(), s.abroad(), date(s.provenOn()), s.provenReason(), ts(s.acknowledgedAt()),
					ts(s.paperRequestedAt()), date(s.effectiveOn()),
					s.effectiveRule() == null ? null : s.effectiveRule().name(), s.certificateSha256(), s.id())
			.update();
	}

	/** The 待送达 entry of a document for a party, if one waits. */
	Optional<Serving> pending(UUID documentId, int partySeq) {
		return jdbc.sql("select " + COLUMNS + " from serving where document_id = ? and party_seq = ? and status = 'PENDING' "
				+ "order by created_at limit 1 for update")
			.params(documentId, partySeq)
			.query(ServingRepository::map)
			.optional();
	}

	/** A 待送达 entry taken up by a method: now under way. */
	Serving claim(Serving pending, ServiceMethod method, String by, String idempotencyKey) {
		jdbc.sql("update serving set method = ?, status = 'IN_PROGRESS', created_by = ?, idempotency_key = ? where id = ?")
			.params(method.name(), by, idempotencyKey, pending.id())
			.update();
		return pending.withMethod(method, ServingStatus.IN_PROGRESS, by);
	}

	Optional<Serving> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from serving where id = ?").param(id).query(ServingRepository::map).optional();
	}

	/**
	 * The service, locked for the caller's transaction: outcomes of several channels arrive at once. The case is locked
	 * first, since settling services of one case at once would otherwise deadlock on the case's docket (each inserts
	 * its service record, a key-share lock on the case, then locks the case to number the docket entry).
	 */
	Optional<Serving> lock(UUID id) {
		Optional<UUID> caseId = jdbc.sql("select case_id from serving where id = ?").param(id).query(UUID.class).optional();
		if (caseId.isEmpty()) {
			return Optional.empty();
		}
		lockCase(new CaseId(caseId.get()));
		return jdbc.sql("select " + COLUMNS + " from serving where id = ? for update")
			.param(id)
			.query(ServingRepository::map)
			.optional();
	}

	/** Serialises the settling of one case's services until the transaction ends (re-entrant within it). */
	void lockCase(CaseId caseId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('service:' || ?))")
			.param(caseId.value().toString())
			.query((rs, row) -> Boolean.TRUE)
			.single();
	}

	List<Serving> byIdempotencyKey(String createdBy, String key) {
		return jdbc.sql("select " + COLUMNS + " from serving where created_by = ? and idempotency_key = ? order by party_seq")
			.params(createdBy, key)
			.query(ServingRepository::map)
			.list();
	}

	List<Serving> ofCase(CaseId caseId) {
		return jdbc.sql("select " + COLUMNS + " from serving where case_id = ? order by created_at, party_seq")
			.param(caseId.value())
			.query(ServingRepository::map)
			.list();
	}

	List<Serving> ofCourt(CourtId court, ServingStatus status, int limit) {
		return jdbc.sql("select " + COLUMNS + " from serving where court_id = ? and status = ? order by created_at limit ?")
			.params(court.value(), status.name(), limit)
			.query(ServingRepository::map)
			.list();
	}

	long count(CourtId court, ServingStatus status) {
		return jdbc.sql("select count(*) from serving where court_id = ? and status = ?")
			.params(court.value(), status.name())
			.query(Long.class)
			.single();
	}

	/** 需转其他方式: electronic services not effective after {@code before}, oldest first. */
	List<Serving> stale(CourtId court, Instant before, int limit) {
		return jdbc.sql("select " + COLUMNS + " from serving where court_id = ? and method = 'ELECTRONIC' and "
				+ "(status = 'FAILED' or (status = 'IN_PROGRESS' and created_at < ?)) order by created_at limit ?")
			.params(court.value(), ts(before), limit)
			.query(ServingRepository::map)
			.list();
	}

	long countStale(CourtId court, Instant before) {
		return jdbc.sql("""
				select count(*) from serving where court_id = ? and method = 'ELECTRONIC' and
				(status = 'FAILED' or (status = 'IN_PROGRESS' and created_at < ?))""")
			.params(court.value(), ts(before))
			.query(Long.class)
			.single();
	}

	/** Services whose recipient asked for the paper document, newest request first. */
	List<Serving> paperRequests(CourtId court, int limit) {
		return jdbc.sql("select " + COLUMNS + " from serving where court_id = ? and paper_requested_at is not null "
				+ "order by paper_requested_at desc limit ?")
			.params(court.value(), limit)
			.query(ServingRepository::map)
			.list();
	}

	/** Services on the given case party entries, newest first. */
	List<Serving> onParties(CaseId caseId, List<Integer> seqs) {
		if (seqs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from serving where case_id = :case and party_seq in (:seqs) "
				+ "and status <> 'PENDING' order by created_at desc")
			.param("case", caseId.value())
			.param("seqs", seqs)
			.query(ServingRepository::map)
			.list();
	}

	void insert(Attempt a) {
		jdbc.sql("insert into service_attempt (" + ATTEMPT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.servingId(), a.channel().name(), a.address(), a.addressConfirmed(), a.token(),
					a.messageId(), ts(a.queuedAt()), ts(a.sentAt()), ts(a.openedAt()), ts(a.failedAt()),
					a.failureReason())
			.update();
	}

	void messageQueued(UUID attemptId, UUID messageId) {
		jdbc.sql("update service_attempt set message_id = ? where id = ?").params(messageId, attemptId).update();
	}

	/** Records the first 发送成功; returns whether this was it. */
	boolean sent(UUID attemptId, Instant at) {
		return jdbc.sql("update service_attempt set sent_at = ? where id = ? and sent_at is null")
			.params(ts(at), attemptId)
			.update() == 1;
	}

	boolean opened(UUID attemptId, Instant at) {
		return jdbc.sql("update service_attempt set opened_at = ? where id = ? and opened_at is null")
			.params(ts(at), attemptId)
			.update() == 1;
	}

	void failed(UUID attemptId, Instant at, String reason) {
		jdbc.sql("update service_attempt set failed_at = ?, failure_reason = ? where id = ?")
			.params(ts(at), reason, attemptId)
			.update();
	}

	Optional<Attempt> attempt(UUID id) {
		return jdbc.sql("select " + ATTEMPT_COLUMNS + " from service_attempt where id = ?")
			.param(id)
			.query(ServingRepository::mapAttempt)
			.optional();
	}

	Optional<Attempt> attemptByToken(String token) {
		return jdbc.sql("select " + ATTEMPT_COLUMNS + " from service_attempt where token = ?")
			.param(token)
			.query(ServingRepository::mapAttempt)
			.optional();
	}

	List<Attempt> attempts(UUID servingId) {
		return jdbc.sql("select " + ATTEMPT_COLUMNS + " from service_attempt where serving_id = ? order by queued_at, channel")
			.param(servingId)
			.query(ServingRepository::mapAttempt)
			.list();
	}

	void trail(UUID servingId, UUID attemptId, TrailStep step, Instant at, String detail, String actor) {
		jdbc.sql("insert into service_trail (serving_id, attempt_id, step, at, detail, actor) values (?, ?, ?, ?, ?, ?)")
			.params(servingId, attemptId, step.name(), ts(at), detail, actor)
			.update();
	}

	List<TrailEntry> trail(UUID servingId) {
		return jdbc.sql("""
				select t.serving_id, t.attempt_id, a.channel, t.step, t.at, t.detail, t.actor from service_trail t
				left join service_attempt a on a.id = t.attempt_id where t.serving_id = ? order by t.at, t.id""")
			.param(servingId)
			.query((rs, row) -> new TrailEntry(rs.getObject("serving_id", UUID.class),
					rs.getObject("attempt_id", UUID.class),
					rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
					TrailStep.valueOf(rs.getString("step")), rs.getTimestamp("at").toInstant(), rs.getString("detail"),
					rs.getString("actor")))
			.list();
	}

	private static Serving map(ResultSet rs, int row) throws SQLException {
		String rule = rs.getString("effective_rule");
		return new Serving(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new CourtId(rs.getString("court_id")), rs.getObject("document_id", UUID.class), rs.getInt("party_seq"),
				ServiceMethod.valueOf(rs.getString("method")), ServingStatus.valueOf(rs.getString("status")),
				rs.getString("created_by"), instant(rs, "created_at"), rs.getString("reference"),
				localDate(rs, "handed_over_on"), localDate(rs, "event_on"), rs.getString("witness"),
				rs.getString("evidence_sha256"), rs.getBoolean("abroad"), localDate(rs, "proven_on"),
				rs.getString("proven_reason"), instant(rs, "acknowledged_at"), instant(rs, "paper_requested_at"),
				localDate(rs, "effective_on"), rule == null ? null : EffectiveBasis.valueOf(rule),
				rs.getString("certificate_sha256"));
	}

	private static Attempt mapAttempt(ResultSet rs, int row) throws SQLException {
		return new Attempt(rs.getObject("id", UUID.class), rs.getObject("serving_id", UUID.class),
				Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getBoolean("address_confirmed"),
				rs.getString("token"), rs.getObject("message_id", UUID.class), instant(rs, "queued_at"),
				instant(rs, "sent_at"), instant(rs, "opened_at"), instant(rs, "failed_at"),
				rs.getString("failure_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}
}
