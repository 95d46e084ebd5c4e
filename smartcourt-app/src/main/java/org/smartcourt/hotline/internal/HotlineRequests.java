package org.smartcourt.hotline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.hotline.HotlineRequestId;
import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.RequestStatus;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Courts.CourtSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on 12368 requests, each in one transaction with its audit record and trail step: receive (phone,
 * online, hall), forward, start, answer, call back, close and rate. Submissions carry an idempotency key: the same
 * key from the same account returns the request made the first time.
 */
@Service
public class HotlineRequests {


	private final RequestRepository requests;
	private final HotlineNumbers numbers;
	private final ServiceTargets targets;
	private final IdentityChecks identity;
	private final Routing routing;
	private final HotlineScope scope;
	private final Courts courts;
	private final CaseNumbers caseNumbers;
	private final Cases cases;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final AuditTrail audit;
	private final HotlineClock clock;

	HotlineRequests(RequestRepository requests, HotlineNumbers numbers, ServiceTargets targets,
			IdentityChecks identity, Routing routing, HotlineScope scope, Courts courts, CaseNumbers caseNumbers,
			Cases cases, AccountDirectory accounts, Notifications notifications, AuditTrail audit, HotlineClock clock) {
		this.requests = requests;
		this.numbers = numbers;
		this.targets = targets;
		this.identity = identity;
		this.routing = routing;
		this.scope = scope;
		this.courts = courts;
		this.caseNumbers = caseNumbers;
		this.cases = cases;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 受理: numbers the request, sets its due date, routes it and, for a verified 案件信息查询, returns the case
	 * details.
	 *
	 * @throws DomainException invalid input with field problems; {@code hotline-identity-not-verified} (422) for a
	 *         联系法官 message whose caller is not a party or agent of the named case (or the case does not exist:
	 *         the answer is the same).
	 */
	@Transactional
	public Received receive(Actor actor, NewRequest command, String idempotencyKey) {
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			Optional<HotlineRequest> earlier = requests.findByKey(actor.username(), idempotencyKey.strip());
			if (earlier.isPresent()) {
				return new Received(earlier.get(), reportFor(earlier.get()));
			}
		}
		Intake intake = RequestInput.validate(actor, command);
		boolean online = intake == Intake.ONLINE;
		String callerName = online ? actor.displayName() : command.callerName().strip();
		Verification verification = verify(actor, command, online, callerName);
		if (command.kind() == RequestKind.CONTACT_JUDGE && !verification.passed()) {
			throw DomainException.ruleViolation("hotline-identity-not-verified",
					"problem.hotline-identity-not-verified.detail");
		}
		CaseOverview overview = verification.caseIfPassed().orElse(null);
		CourtId court = overview != null ? overview.registration().courtId() : courtFor(actor, command);
		LocalDate today = clock.today();
		ServiceTarget target = targets.of(command.kind());
		String username = online ? actor.username() : verification.requesterUsername();
		HotlineRequest request = new HotlineRequest(HotlineRequestId.random(),
				numbers.next(court, courtCode(court), today.getYear()), court, command.kind(), intake,
				new HotlineRequest.Caller(callerName, blankToNull(command.callerPhone()),
						online ? null : mask(command.callerIdNumber()), username),
				new HotlineRequest.CaseRef(overview == null ? null : overview.id().value(),
						caseNumberAsked(command, overview), overview != null),
				command.subject().strip(), command.content().strip(), actor.username(), clock.now(), target,
				targets.dueDate(command.kind(), today), RequestStatus.RECEIVED, null, 0);
		requests.insert(request, idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
		requests.addStep(request.id(), RequestStatus.RECEIVED, request.receivedAt(), actor.username(),
				actor.displayName(), null);
		audit.success("hotline.request.receive", "hotline-request", request.id().toString());
		Optional<Assignee> assignee = routing.route(command.kind(), court, overview);
		if (assignee.isPresent()) {
			assign(actor, request, assignee.get(), null);
		}
		CaseStatusReport report = command.kind() == RequestKind.CASE_INQUIRY && overview != null
				? identity.report(overview) : null;
		return new Received(request, report);
	}

	/** 转办: the desk forwards a request to a judge, supervisor or colleague of a court in its scope. */
	@Transactional
	public HotlineRequest forward(Actor actor, HotlineRequestId id, String username, String note) {
		HotlineRequest r = load(actor, id);
		HotlineScope.requireDesk(actor);
		if (!scope.deskFor(actor, r)) {
			throw HotlineScope.notFound(id.toString());
		}
		Assignee to = Optional.ofNullable(username)
			.map(String::strip)
			.flatMap(routing::colleague)
			.filter(a -> routing.courtOf(a.username()).map(scope.courts(actor)::contains).orElse(false))
			.orElseThrow(() -> DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("assignee", "unknown", "validation.hotline.assignee.unknown"))));
		assign(actor, r, to, RequestInput.trimmed(note, RequestInput.COMMENT_MAX, "note"));
		return r;
	}

	/** 开始办理, by the person it was routed to. */
	@Transactional
	public HotlineRequest start(Actor actor, HotlineRequestId id) {
		HotlineRequest r = load(actor, id);
		requireHandler(actor, r);
		r.start();
		save(actor, r, "hotline.request.start", null);
		return r;
	}

	/**
	 * 答复: by the person it was routed to, or by the desk for what it holds itself. The answer reaches the requester
	 * in the platform inbox when they have an account, else by SMS to the number they called from.
	 */
	@Transactional
	public HotlineRequest answer(Actor actor, HotlineRequestId id, String text) {
		HotlineRequest r = load(actor, id);
		boolean deskHolds = scope.deskFor(actor, r)
				&& (r.assignee() == null || actor.username().equals(r.assignee().username()));
		if (!deskHolds) {
			requireHandler(actor, r);
		}
		String answer = RequestInput.required(text, RequestInput.TEXT_MAX, "answer");
		r.answer(answer, actor.username(), clock.now());
		save(actor, r, "hotline.request.answer", null);
		tellRequester(r);
		return r;
	}

	/** 回访: the desk called the requester back; the satisfaction they gave on the phone may be recorded with it. */
	@Transactional
	public HotlineRequest callBack(Actor actor, HotlineRequestId id, String note, Integer satisfaction,
			String comment) {
		HotlineRequest r = deskRequest(actor, id);
		String text = RequestInput.required(note, RequestInput.COMMENT_MAX * 4, "note");
		r.callBack(text);
		if (satisfaction != null) {
			r.rate(RequestInput.score(satisfaction), RequestInput.trimmed(comment, RequestInput.COMMENT_MAX, "comment"),
					clock.now());
		}
		save(actor, r, "hotline.request.callback", text);
		return r;
	}

	/** 办结, by the desk, with a closing note. */
	@Transactional
	public HotlineRequest close(Actor actor, HotlineRequestId id, String note) {
		HotlineRequest r = deskRequest(actor, id);
		r.close(clock.now());
		save(actor, r, "hotline.request.close", RequestInput.trimmed(note, RequestInput.COMMENT_MAX, "note"));
		return r;
	}

	/** 满意度评价 by the requester online, once the request is answered. */
	@Transactional
	public HotlineRequest rate(Actor actor, HotlineRequestId id, Integer satisfaction, String comment) {
		HotlineRequest r = load(actor, id);
		if (!scope.requested(actor, r)) {
			throw HotlineScope.notFound(id.toString());
		}
		r.rate(RequestInput.score(satisfaction), RequestInput.trimmed(comment, RequestInput.COMMENT_MAX, "comment"),
				clock.now());
		requests.update(r);
		audit.success("hotline.request.rate", "hotline-request", r.id().toString());
		return r;
	}

	/** One request with its trail, for someone who may see it. */
	@Transactional(readOnly = true)
	public RequestDetail read(Actor actor, HotlineRequestId id) {
		HotlineRequest r = load(actor, id);
		boolean desk = scope.deskFor(actor, r);
		boolean handler = scope.handles(actor, r);
		CaseStatusReport report = (desk || scope.requested(actor, r)) && r.kind() == RequestKind.CASE_INQUIRY
				? reportFor(r) : null;
		return new RequestDetail(r, requests.steps(r.id()), report, desk,
				handler || (desk && (r.assignee() == null || actor.username().equals(r.assignee().username()))),
				handler && r.status() == RequestStatus.ASSIGNED, scope.requested(actor, r));
	}

	HotlineRequest load(Actor actor, HotlineRequestId id) {
		HotlineRequest r = requests.find(id).orElseThrow(() -> HotlineScope.notFound(id.toString()));
		scope.requireRead(actor, r);
		return r;
	}

	private HotlineRequest deskRequest(Actor actor, HotlineRequestId id) {
		HotlineRequest r = load(actor, id);
		HotlineScope.requireDesk(actor);
		if (!scope.deskFor(actor, r)) {
			throw HotlineScope.notFound(id.toString());
		}
		return r;
	}

	private void requireHandler(Actor actor, HotlineRequest r) {
		if (!scope.handles(actor, r)) {
			throw DomainException.forbidden("hotline-not-handler", "problem.hotline-not-handler.detail", r.number());
		}
	}

	private void assign(Actor actor, HotlineRequest r, Assignee to, String note) {
		r.assignTo(to);
		requests.update(r);
		requests.addStep(r.id(), RequestStatus.ASSIGNED, clock.now(), actor.username(), actor.displayName(),
				"分派给" + to.name() + (note == null ? "" : "：" + note));
		audit.success("hotline.request.assign", "hotline-request", r.id().toString());
		accounts.idOf(to.username())
			.ifPresent(user -> notifications.send(new Message("hotline.assigned:" + r.id() + ":" + to.username(),
					Recipient.user(user), "hotline.assigned",
					Map.of("number", r.number(), "subject", r.subject(), "dueOn", r.dueOn().toString()),
					"/hotline/requests/" + r.id(), Set.of(Channel.IN_APP))));
	}

	private void save(Actor actor, HotlineRequest r, String action, String note) {
		requests.update(r);
		requests.addStep(r.id(), r.status(), clock.now(), actor.username(), actor.displayName(), note);
		audit.success(action, "hotline-request", r.id().toString());
	}

	private void tellRequester(HotlineRequest r) {
		Map<String, String> values = Map.of("number", r.number(), "subject", r.subject(), "answer", r.answer());
		String link = "/hotline/requests/" + r.id();
		String key = AnswerDelivery.deliveryKey(r);
		Optional<org.smartcourt.shared.UserId> user = Optional.ofNullable(r.caller().username())
			.flatMap(accounts::idOf);
		if (user.isPresent()) {
			notifications.send(new Message(key, Recipient.user(user.get()), "hotline.answer", values, link,
					Set.of(Channel.IN_APP)));
		}
		else if (r.caller().phone() != null && MobileNumber.isValid(r.caller().phone())) {
			notifications.send(new Message(key, Recipient.addresses(null, MobileNumber.parse(r.caller().phone()).value(),
					null), "hotline.answer", values, null, Set.of(Channel.SMS)));
		}
	}

	private CaseStatusReport reportFor(HotlineRequest r) {
		if (!r.caseRef().verified() || r.caseRef().caseId() == null) {
			return null;
		}
		return cases.find(new CaseId(r.caseRef().caseId())).map(identity::report).orElse(null);
	}

	private Verification verify(Actor actor, NewRequest command, boolean online, String callerName) {
		if (command.caseNumber() == null || command.caseNumber().isBlank()) {
			return Verification.failed();
		}
		return online ? identity.byAccount(actor, command.caseNumber())
				: identity.byIdNumber(actor, command.caseNumber(), callerName, command.callerIdNumber());
	}

	private CourtId courtFor(Actor actor, NewRequest command) {
		if (command.courtId() != null && !command.courtId().isBlank()) {
			Optional<CourtSummary> chosen = parseCourt(command.courtId()).flatMap(courts::find);
			return chosen.map(CourtSummary::id)
				.orElseThrow(() -> RequestInput.invalid(List.of(new FieldProblem("courtId", "unknown", "validation.hotline.court.unknown"))));
		}
		if (command.caseNumber() != null && !command.caseNumber().isBlank()) {
			// the court the caller named in the 案号 itself: says nothing about whether the case exists
			String code = caseNumbers.parse(command.caseNumber()).courtCode();
			Optional<CourtId> named = courts.all()
				.stream()
				.filter(c -> code.equals(c.code()))
				.map(CourtSummary::id)
				.findFirst();
			if (named.isPresent()) {
				return named.get();
			}
		}
		if (actor.isStaff()) {
			return actor.court();
		}
		throw RequestInput.invalid(List.of(new FieldProblem("courtId", "required", "validation.hotline.court.required")));
	}

	private String courtCode(CourtId court) {
		CourtSummary summary = courts.find(court).orElseThrow();
		if (summary.code() != null && !summary.code().isBlank()) {
			return summary.code();
		}
		return summary.parent() == null ? court.value() : courtCode(summary.parent());
	}

	private static String caseNumberAsked(NewRequest c, CaseOverview overview) {
		if (overview != null) {
			return overview.registration().caseNumber().format();
		}
		return c.caseNumber() == null || c.caseNumber().isBlank() ? null : c.caseNumber().strip();
	}

	/** 身份证号 kept as 2201**********1234: enough to recognise, not enough to misuse. */
	static String mask(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return null;
		}
		String s = idNumber.strip();
		return s.length() <= 8 ? "****" : s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
	}

	private static Optional<CourtId> parseCourt(String text) {
		try {
			return Optional.of(new CourtId(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

