package org.smartcourt.hearings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.hearings.Adjournment;
import org.smartcourt.hearings.AdjournmentGround;
import org.smartcourt.hearings.AdjournmentStatus;
import org.smartcourt.hearings.BeyondMonthBasis;
import org.smartcourt.hearings.ClosedGround;
import org.smartcourt.hearings.Conflict;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingId;
import org.smartcourt.hearings.HearingKind;
import org.smartcourt.hearings.HearingNotice;
import org.smartcourt.hearings.HearingStatus;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hearing tables: hearings, their bookings, consents, notices, adjournments and attendance. */
@Repository
class HearingRepository {

	private static final String SELECT = """
			select h.*, (select array_agg(b.label order by b.label) from hearing_booking b
			              where b.hearing_id = h.id and b.resource like 'staff:%') as sitting
			  from hearing h
			""";

	private final JdbcClient jdbc;
	private final CourtTime time;

	HearingRepository(JdbcClient jdbc, CourtTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	void insert(Hearing h, LocalDateTime scheduledAt) {
		jdbc.sql("""
				insert into hearing (id, case_id, court_id, case_number, case_title, kind, status, starts_at, ends_at,
				    courtroom_id, courtroom_name, online, meeting_link, public_hearing, closed_ground, recording_needed,
				    previous_id, scheduled_by, scheduled_at)
				values (:id, :case, :court, :number, :title, :kind, :status, :start, :end, :room, :roomName, :online,
				    :link, :public, :closed, :recording, :previous, :by, :at)""")
			.param("id", h.id().value())
			.param("case", h.caseId().value())
			.param("court", h.courtId().value())
			.param("number", h.caseNumber())
			.param("title", h.caseTitle())
			.param("kind", h.kind().name())
			.param("status", h.status().name())
			.param("start", time.stored(h.start()))
			.param("end", time.stored(h.end()))
			.param("room", h.courtroomId())
			.param("roomName", h.courtroomName())
			.param("online", h.online())
			.param("link", h.meetingLink())
			.param("public", h.publicHearing())
			.param("closed", h.closedGround() == null ? null : h.closedGround().name())
			.param("recording", h.recordingNeeded())
			.param("previous", h.previousId() == null ? null : h.previousId().value())
			.param("by", h.scheduledBy())
			.param("at", time.stored(scheduledAt))
			.update();
	}

	/** Books; the exclusion constraint refuses an overlap that a concurrent transaction committed first. */
	void book(HearingId id, Booking booking, LocalDateTime start, LocalDateTime end) {
		jdbc.sql("""
				insert into hearing_booking (hearing_id, resource, label, period)
				values (?, ?, ?, tstzrange(?, ?))""")
			.params(id.value(), booking.resource(), booking.label(), time.stored(start), time.stored(end))
			.update();
	}

	void release(HearingId id) {
		jdbc.sql("update hearing_booking set active = false where hearing_id = ?").param(id.value()).update();
	}

	List<Conflict> conflicts(Collection<String> resources, LocalDateTime start, LocalDateTime end) {
		if (resources.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select b.label, h.case_number, h.starts_at, h.ends_at
				  from hearing_booking b join hearing h on h.id = b.hearing_id
				 where b.active and b.resource in (:resources)
				   and b.period && tstzrange(cast(:start as timestamptz), cast(:end as timestamptz))
				 order by h.starts_at, b.label""")
			.param("resources", resources)
			.param("start", time.stored(start))
			.param("end", time.stored(end))
			.query((rs, n) -> new Conflict(rs.getString("label"), rs.getString("case_number"),
					time.local(rs, "starts_at"), time.local(rs, "ends_at")))
			.list();
	}

	List<Booking.Busy> busy(Collection<String> resources, LocalDateTime from, LocalDateTime to) {
		if (resources.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select resource, lower(period) as s, upper(period) as e from hearing_booking
				 where active and resource in (:resources)
				   and period && tstzrange(cast(:from as timestamptz), cast(:to as timestamptz))""")
			.param("resources", resources)
			.param("from", time.stored(from))
			.param("to", time.stored(to))
			.query((rs, n) -> new Booking.Busy(rs.getString("resource"), time.local(rs, "s"), time.local(rs, "e")))
			.list();
	}

	Optional<Hearing> find(HearingId id) {
		return jdbc.sql(SELECT + " where h.id = ?").param(id.value()).query(this::hearing).optional();
	}

	Optional<Hearing> lock(HearingId id) {
		jdbc.sql("select id from hearing where id = ? for update").param(id.value()).query(UUID.class).optional();
		return find(id);
	}

	List<Hearing> ofCase(CaseId caseId) {
		return jdbc.sql(SELECT + " where h.case_id = ? order by h.starts_at").param(caseId.value()).query(this::hearing)
			.list();
	}

	List<Hearing> atCourt(CourtId court, LocalDateTime from, LocalDateTime to, UUID courtroomId, UUID staffId) {
		return jdbc.sql(SELECT + """
				 where h.court_id = :court and h.starts_at < :to and h.ends_at > :from and h.status <> 'ADJOURNED'
				   and (cast(:room as uuid) is null or h.courtroom_id = :room)
				   and (cast(:staff as varchar) is null or exists (select 1 from hearing_booking b
				        where b.hearing_id = h.id and b.resource = :staff))
				 order by h.starts_at, h.courtroom_name""")
			.param("court", court.value())
			.param("from", time.stored(from))
			.param("to", time.stored(to))
			.param("room", courtroomId)
			.param("staff", staffId == null ? null : "staff:" + staffId)
			.query(this::hearing)
			.list();
	}

	List<Hearing> publicBetween(LocalDateTime from, LocalDateTime to, CourtId court) {
		return jdbc.sql(SELECT + """
				 where h.public_hearing and h.status = 'SCHEDULED' and h.starts_at >= :from and h.starts_at < :to
				   and h.kind in (:kinds)
				   and (cast(:court as varchar) is null or h.court_id = :court)
				 order by h.starts_at, h.court_id, h.courtroom_name limit 500""")
			.param("from", time.stored(from))
			.param("to", time.stored(to))
			.param("court", court == null ? null : court.value())
			.param("kinds", Arrays.stream(HearingKind.values()).filter(HearingKind::announced).map(Enum::name).toList())
			.query(this::hearing)
			.list();
	}

	void markHeld(HearingId id, LocalDateTime start, LocalDateTime end, String recordingRef) {
		jdbc.sql("""
				update hearing set status = 'HELD', actual_start = ?, actual_end = ?, recording_ref = ?,
				    version = version + 1 where id = ?""")
			.params(time.stored(start), time.stored(end), recordingRef, id.value())
			.update();
	}

	void markAdjourned(HearingId id) {
		jdbc.sql("update hearing set status = 'ADJOURNED', version = version + 1 where id = ?")
			.param(id.value())
			.update();
	}

	void attachTranscript(HearingId id, String sha256, String name) {
		jdbc.sql("update hearing set transcript_sha256 = ?, transcript_name = ?, version = version + 1 where id = ?")
			.params(sha256, name, id.value())
			.update();
	}

	void consent(HearingId id, int seq, String name, String by, LocalDateTime at) {
		jdbc.sql("""
				insert into hearing_consent (hearing_id, party_seq, party_name, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), seq, name, by, time.stored(at))
			.update();
	}

	void attendance(HearingId id, int seq, String name, boolean agent, boolean appeared) {
		jdbc.sql("""
				insert into hearing_attendance (hearing_id, party_seq, name, agent, appeared)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), seq, name, agent, appeared)
			.update();
	}

	List<org.smartcourt.hearings.Attendance> attendanceOf(HearingId id) {
		return jdbc.sql("select * from hearing_attendance where hearing_id = ? order by party_seq")
			.param(id.value())
			.query((rs, n) -> new org.smartcourt.hearings.Attendance(rs.getInt("party_seq"), rs.getString("name"),
					rs.getBoolean("agent"), rs.getBoolean("appeared"), rs.getString("note")))
			.list();
	}

	void insertNotice(HearingNotice notice, CaseId caseId) {
		jdbc.sql("""
				insert into hearing_notice (id, hearing_id, case_id, party_seq, recipient, kind, body, delivered_to,
				    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(notice.id(), notice.hearingId().value(), caseId.value(), notice.partySeq(), notice.recipient(),
					notice.kind().name(), notice.body(), notice.deliveredTo(), time.stored(notice.createdAt()))
			.update();
	}

	List<HearingNotice> noticesOfCase(CaseId caseId) {
		return jdbc.sql("select * from hearing_notice where case_id = ? order by created_at, party_seq")
			.param(caseId.value())
			.query((rs, n) -> new HearingNotice(rs.getObject("id", UUID.class),
					new HearingId(rs.getObject("hearing_id", UUID.class)), rs.getInt("party_seq"),
					rs.getString("recipient"), HearingNotice.Kind.valueOf(rs.getString("kind")), rs.getString("body"),
					rs.getString("delivered_to"), time.local(rs, "created_at")))
			.list();
	}

	void insertAdjournment(Adjournment a, CaseId caseId, UUID nextCourtroomId) {
		jdbc.sql("""
				insert into hearing_adjournment (id, hearing_id, case_id, ground, reason, next_starts_at, next_ends_at,
				    next_courtroom_id, beyond_month_basis, beyond_month_reason, status, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.hearingId().value(), caseId.value(), a.ground().name(), a.reason(),
					time.stored(a.nextStart()), time.stored(a.nextEnd()), nextCourtroomId,
					a.beyondMonthBasis() == null ? null : a.beyondMonthBasis().name(), a.beyondMonthReason(),
					a.status().name(), a.requestedBy(), time.stored(a.requestedAt()))
			.update();
	}

	void decideAdjournment(UUID id, AdjournmentStatus status, String by, LocalDateTime at, String note,
			HearingId next) {
		jdbc.sql("""
				update hearing_adjournment set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
				    next_hearing_id = ? where id = ?""")
			.params(status.name(), by, time.stored(at), note, next == null ? null : next.value(), id)
			.update();
	}

	void linkNext(UUID adjournmentId, HearingId next) {
		jdbc.sql("update hearing_adjournment set next_hearing_id = ? where id = ?")
			.params(next.value(), adjournmentId)
			.update();
	}

	/** Adjournments that count against the 2019 规定第三条 limit: in effect or awaiting the 院长. */
	int countedAdjournments(CaseId caseId) {
		return jdbc.sql("select count(*) from hearing_adjournment where case_id = ? and status <> 'REFUSED'")
			.param(caseId.value())
			.query(Integer.class)
			.single();
	}

	Optional<UUID> nextCourtroomOf(UUID adjournmentId) {
		return jdbc.sql("select next_courtroom_id from hearing_adjournment where id = ?")
			.param(adjournmentId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(o -> o);
	}

	Optional<Adjournment> lockAdjournment(UUID id) {
		return jdbc.sql("select * from hearing_adjournment where id = ? for update")
			.param(id)
			.query(this::adjournment)
			.optional();
	}

	List<Adjournment> adjournmentsOfCase(CaseId caseId) {
		return jdbc.sql("select * from hearing_adjournment where case_id = ? order by requested_at")
			.param(caseId.value())
			.query(this::adjournment)
			.list();
	}

	private Adjournment adjournment(ResultSet rs, int n) throws SQLException {
		String basis = rs.getString("beyond_month_basis");
		UUID next = rs.getObject("next_hearing_id", UUID.class);
		return new Adjournment(rs.getObject("id", UUID.class), new HearingId(rs.getObject("hearing_id", UUID.class)),
				AdjournmentGround.valueOf(rs.getString("ground")), rs.getString("reason"),
				time.local(rs, "next_starts_at"), time.local(rs, "next_ends_at"),
				basis == null ? null : BeyondMonthBasis.valueOf(basis), rs.getString("beyond_month_reason"),
				AdjournmentStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
				time.local(rs, "requested_at"), rs.getString("decided_by"), rs.getString("decision_note"),
				next == null ? null : new HearingId(next));
	}

	private Hearing hearing(ResultSet rs, int n) throws SQLException {
		String closed = rs.getString("closed_ground");
		UUID previous = rs.getObject("previous_id", UUID.class);
		Array sitting = rs.getArray("sitting");
		List<String> names = sitting == null ? List.of() : Arrays.asList((String[]) sitting.getArray());
		return new Hearing(new HearingId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
				new CourtId(rs.getString("court_id")), rs.getString("case_number"), rs.getString("case_title"),
				HearingKind.valueOf(rs.getString("kind")), HearingStatus.valueOf(rs.getString("status")),
				time.local(rs, "starts_at"), time.local(rs, "ends_at"), rs.getObject("courtroom_id", UUID.class),
				rs.getString("courtroom_name"), rs.getBoolean("online"), rs.getString("meeting_link"),
				rs.getBoolean("public_hearing"), closed == null ? null : ClosedGround.valueOf(closed),
				rs.getBoolean("recording_needed"), previous == null ? null : new HearingId(previous),
				rs.getString("scheduled_by"), time.local(rs, "actual_start"), time.local(rs, "actual_end"),
				rs.getString("transcript_sha256"), rs.getString("transcript_name"), rs.getString("recording_ref"),
				names);
	}
}
