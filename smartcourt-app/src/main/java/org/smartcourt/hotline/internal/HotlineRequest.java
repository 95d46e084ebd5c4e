package org.smartcourt.hotline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.hotline.HotlineRequestId;
import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.RequestStatus;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * 12368 诉求: one request from receipt to closure. Each move checks the current status and is refused with 409
 * otherwise; the repository stores it with a version check, so two agents cannot both close it.
 */
public final class HotlineRequest {

	/** The caller as recorded: name, phone, the masked ID number, and the platform account when known. */
	public record Caller(String name, String phone, String idMasked, String username) {
	}

	/**
	 * How the answer reached the requester, as the notification service reported it.
	 *
	 * @param channel the first channel that delivered it ({@code IN_APP}, {@code SMS}…), or {@literal null}.
	 * @param problem why it could not be delivered, once the service gave up, or {@literal null}.
	 */
	public record Delivery(Instant at, String channel, String problem) {
		static final Delivery NONE = new Delivery(null, null, null);
	}

	/** The case the request is about, once the caller was verified for it ({@code caseId} {@literal null} otherwise). */
	public record CaseRef(UUID caseId, String caseNumber, boolean verified) {
	}

	private final HotlineRequestId id;
	private final String number;
	private final CourtId court;
	private final RequestKind kind;
	private final Intake intake;
	private final Caller caller;
	private final CaseRef caseRef;
	private final String subject;
	private final String content;
	private final String receivedBy;
	private final Instant receivedAt;
	private final ServiceTarget target;
	private final LocalDate dueOn;
	private RequestStatus status;
	private Assignee assignee;
	private boolean overdue;
	private Instant escalatedAt;
	private String answer;
	private String answeredBy;
	private Instant answeredAt;
	private String callbackNote;
	private Instant closedAt;
	private Integer satisfaction;
	private String satisfactionComment;
	private Instant ratedAt;
	private Delivery delivery = Delivery.NONE;
	private long version;

	HotlineRequest(HotlineRequestId id, String number, CourtId court, RequestKind kind, Intake intake, Caller caller,
			CaseRef caseRef, String subject, String content, String receivedBy, Instant receivedAt,
			ServiceTarget target, LocalDate dueOn, RequestStatus status, Assignee assignee, long version) {
		this.id = id;
		this.number = number;
		this.court = court;
		this.kind = kind;
		this.intake = intake;
		this.caller = caller;
		this.caseRef = caseRef;
		this.subject = subject;
		this.content = content;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
		this.target = target;
		this.dueOn = dueOn;
		this.status = status;
		this.assignee = assignee;
		this.version = version;
	}

	void restore(boolean overdue, Instant escalatedAt, String answer, String answeredBy, Instant answeredAt,
			String callbackNote, Instant closedAt, Integer satisfaction, String satisfactionComment, Instant ratedAt) {
		this.overdue = overdue;
		this.escalatedAt = escalatedAt;
		this.answer = answer;
		this.answeredBy = answeredBy;
		this.answeredAt = answeredAt;
		this.callbackNote = callbackNote;
		this.closedAt = closedAt;
		this.satisfaction = satisfaction;
		this.satisfactionComment = satisfactionComment;
		this.ratedAt = ratedAt;
	}

	/** 分派: to a judge, supervisor or colleague; allowed until answered. */
	void assignTo(Assignee to) {
		require(status.awaitsAnswer());
		this.assignee = to;
		this.status = RequestStatus.ASSIGNED;
	}

	/** 开始办理, by the assignee. */
	void start() {
		require(status == RequestStatus.ASSIGNED);
		this.status = RequestStatus.IN_PROGRESS;
	}

	/** 答复: the answer the requester is given. */
	void answer(String text, String by, Instant at) {
		require(status.awaitsAnswer());
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = at;
		this.status = RequestStatus.ANSWERED;
	}

	/** 回访: the agent called the requester back after the answer. */
	void callBack(String note) {
		require(status == RequestStatus.ANSWERED);
		this.callbackNote = note;
		this.status = RequestStatus.CALLED_BACK;
	}

	/** 办结. */
	void close(Instant at) {
		require(status == RequestStatus.ANSWERED || status == RequestStatus.CALLED_BACK);
		this.closedAt = at;
		this.status = RequestStatus.CLOSED;
	}

	/** 满意度评价, once, after the answer. */
	void rate(int score, String comment, Instant at) {
		require(!status.awaitsAnswer());
		if (satisfaction != null) {
			throw DomainException.conflict("hotline-already-rated", "problem.hotline-already-rated.detail", number);
		}
		this.satisfaction = score;
		this.satisfactionComment = comment;
		this.ratedAt = at;
	}

	/** 超期: the due date passed without an answer. */
	void markOverdue(Instant at) {
		this.overdue = true;
		this.escalatedAt = at;
	}

	/** Whether the answer came by the due date (or, unanswered, the due date has not passed). */
	public boolean onTime(LocalDate today) {
		if (answeredAt == null) {
			return !today.isAfter(dueOn);
		}
		return !LocalDate.ofInstant(answeredAt, HotlineClock.ZONE).isAfter(dueOn);
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw DomainException.conflict("hotline-wrong-status", "problem.hotline-wrong-status.detail", number);
		}
	}

	void restoreDelivery(Delivery delivery) {
		this.delivery = delivery;
	}

	void bumpVersion() {
		version++;
	}

	public HotlineRequestId id() { return id; }
	public String number() { return number; }
	public CourtId court() { return court; }
	public RequestKind kind() { return kind; }
	public Intake intake() { return intake; }
	public Caller caller() { return caller; }
	public CaseRef caseRef() { return caseRef; }
	public String subject() { return subject; }
	public String content() { return content; }
	public String receivedBy() { return receivedBy; }
	public Instant receivedAt() { return receivedAt; }
	public ServiceTarget target() { return target; }
	public LocalDate dueOn() { return dueOn; }
	public RequestStatus status() { return status; }
	public Assignee assignee() { return assignee; }
	public boolean overdue() { return overdue; }
	public Instant escalatedAt() { return escalatedAt; }
	public String answer() { return answer; }
	public String answeredBy() { return answeredBy; }
	public Instant answeredAt() { return answeredAt; }
	public String callbackNote() { return callbackNote; }
	public Instant closedAt() { return closedAt; }
	public Integer satisfaction() { return satisfaction; }
	public String satisfactionComment() { return satisfactionComment; }
	public Instant ratedAt() { return ratedAt; }
	public Delivery delivery() { return delivery; }
	public long version() { return version; }
}
