package org.smartcourt.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.hotline.HotlineRequestId;
import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.RequestStatus;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 12368 requests and their trails in PostgreSQL; updates are compare-and-set on the version. */
@Repository
class RequestRepository {

	static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;
	private final ServiceTargets targets;

	RequestRepository(JdbcClient jdbc, ServiceTargets targets) {
		this.jdbc = jdbc;
		this.targets = targets;
	}

	void insert(HotlineRequest r, String idempotencyKey) {
		jdbc.sql("""
				insert into hotline_request (id, number, court_id, kind, intake, status, caller_name, caller_phone,
				       caller_id_masked, requester_username, case_id, case_number, verified, subject, content,
				       assignee_username, assignee_name, assignee_role, received_by, received_at, due_on, target_days,
				       target_source, idempotency_key, version)
				values (:id, :number, :court, :kind, :intake, :status, :name, :phone, :idMasked, :username, :caseId,
				       :caseNumber, :verified, :subject, :content, :assignee, :assigneeName, :assigneeRole, :receivedBy,
				       :receivedAt, :dueOn, :days, :source, :key, 0)""")
			.param("id", r.id().value())
			.param("number", r.number())
			.param("court", r.court().value())
			.param("kind", r.kind().name())
			.param("intake", r.intake().name())
			.param("status", r.status().name())
			.param("name", r.caller().name())
			.param("phone", r.caller().phone())
			.param("idMasked", r.caller().idMasked())
			.param("username", r.caller().username())
			.param("caseId", r.caseRef().caseId())
			.param("caseNumber", r.caseRef().caseNumber())
			.param("verified", r.caseRef().verified())
			.param("subject", r.subject())
			.param("content", r.content())
			.param("assignee", r.assignee() == null ? null : r.assignee().username())
			.param("assigneeName", r.assignee() == null ? null : r.assignee().name())
			.param("assigneeRole", r.assignee() == null ? null : r.assignee().role())
			.param("receivedBy", r.receivedBy())
			.param("receivedAt", Timestamp.from(r.receivedAt()))
			.param("dueOn", r.dueOn())
			.param("days", r.target().workingDays())
			.param("source", r.target().source())
			.param("key", idempotencyKey)
			.update();
	}

	void update(HotlineRequest r) {
		int changed = jdbc.sql("""
				update hotline_request set status = :status, assignee_username = :assignee, assignee_name = :assigneeName,
				       assignee_role = :assigneeRole, overdue = :overdue, escalated_at = :escalatedAt, answer = :answer,
				       answered_by = :answeredBy, answered_at = :answeredAt, callback_note = :callbackNote,
				       closed_at = :closedAt, satisfaction = :satisfaction, satisfaction_comment = :comment,
				       rated_at = :ratedAt, version = version + 1
				 where id = :id and version = :version""")
			.param("status", r.status().name())
			.param("assignee", r.assignee() == null ? null : r.assignee().username())
			.param("assigneeName", r.assignee() == null ? null : r.assignee().name())
			.param("assigneeRole", r.assignee() == null ? null : r.assignee().role())
			.param("overdue", r.overdue())
			.param("escalatedAt", ts(r.escalatedAt()))
			.param("answer", r.answer())
			.param("answeredBy", r.answeredBy())
			.param("answeredAt", ts(r.answeredAt()))
			.param("callbackNote", r.callbackNote())
			.param("closedAt", ts(r.closedAt()))
			.param("satisfaction", r.satisfaction())
			.param("comment", r.satisfactionComment())
			.param("ratedAt", ts(r.ratedAt()))
			.param("id", r.id().value())
			.param("version", r.version())
			.update();
		if (changed != 1) {
			throw DomainException.conflict("hotline-changed", "problem.hotline-changed.detail", r.number());
		}
		r.bumpVersion();
	}

	void addStep(HotlineRequestId id, RequestStatus status, Instant at, String actor, String actorName, String note) {
		jdbc.sql("""
				insert into hotline_request_step (id, request_id, seq, status, at, actor, actor_name, note)
				values (?, ?, (select coalesce(max(seq), 0) + 1 from hotline_request_step where request_id = ?), ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id.value(), id.value(), status.name(), Timestamp.from(at), actor, actorName,
					note)
			.update();
	}

	List<RequestStep> steps(HotlineRequestId id) {
		return jdbc.sql("select seq, status, at, actor, actor_name, note from hotline_request_step where request_id = ? order by seq")
			.param(id.value())
			.query((rs, n) -> new RequestStep(rs.getInt("seq"), RequestStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_name"),
					rs.getString("note")))
			.list();
	}

	Optional<HotlineRequest> find(HotlineRequestId id) {
		return jdbc.sql("select * from hotline_request where id = ?").param(id.value()).query(this::map).optional();
	}

	Optional<HotlineRequest> findByKey(String receivedBy, String key) {
		return jdbc.sql("select * from hotline_request where received_by = ? and idempotency_key = ?")
			.params(receivedBy, key)
			.query(this::map)
			.optional();
	}

	/** Requests at the given courts matching {@code where} (a SQL condition with named parameters), newest first. */
	List<HotlineRequest> atCourts(Collection<CourtId> courts, String where, Map<String, ?> params) {
		if (courts.isEmpty()) {
			return List.of();
		}
		Map<String, Object> all = new HashMap<>(params);
		all.put("courts", courts.stream().map(CourtId::value).toList());
		return where("court_id in (:courts) and (" + where + ")", all);
	}

	/** Requests matching {@code where} (a SQL condition with named parameters), newest first. */
	List<HotlineRequest> where(String where, Map<String, ?> params) {
		return jdbc.sql("select * from hotline_request where " + where + " order by received_at desc limit " + LIST_LIMIT)
			.params(params)
			.query(this::map)
			.list();
	}

	private HotlineRequest map(ResultSet rs, int n) throws SQLException {
		RequestKind kind = RequestKind.valueOf(rs.getString("kind"));
		ServiceTarget target = new ServiceTarget(kind, rs.getInt("target_days"), rs.getString("target_source"));
		String assignee = rs.getString("assignee_username");
		HotlineRequest r = new HotlineRequest(new HotlineRequestId(rs.getObject("id", UUID.class)),
				rs.getString("number"), new CourtId(rs.getString("court_id")), kind,
				Intake.valueOf(rs.getString("intake")),
				new HotlineRequest.Caller(rs.getString("caller_name"), rs.getString("caller_phone"),
						rs.getString("caller_id_masked"), rs.getString("requester_username")),
				new HotlineRequest.CaseRef(rs.getObject("case_id", UUID.class), rs.getString("case_number"),
						rs.getBoolean("verified")),
				rs.getString("subject"), rs.getString("content"), rs.getString("received_by"),
				rs.getTimestamp("received_at").toInstant(), target, rs.getObject("due_on", java.time.LocalDate.class),
				RequestStatus.valueOf(rs.getString("status")),
				assignee == null ? null
						: new Assignee(assignee, rs.getString("assignee_name"), rs.getString("assignee_role")),
				rs.getLong("version"));
		Object satisfaction = rs.getObject("satisfaction");
		r.restore(rs.getBoolean("overdue"), instant(rs, "escalated_at"), rs.getString("answer"),
				rs.getString("answered_by"), instant(rs, "answered_at"), rs.getString("callback_note"),
				instant(rs, "closed_at"), satisfaction == null ? null : ((Number) satisfaction).intValue(),
				rs.getString("satisfaction_comment"), instant(rs, "rated_at"));
		r.restoreDelivery(new HotlineRequest.Delivery(instant(rs, "answer_delivered_at"),
				rs.getString("answer_delivered_via"), rs.getString("answer_undelivered")));
		return r;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
