package org.smartcourt.filing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseLinks;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.filing.CorrectionRequest;
import org.smartcourt.filing.CrossDomainCase;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingDecision;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.filing.FilingTitles;
import org.smartcourt.filing.IdentityCheck;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记立案: what the filing clerks of the court with jurisdiction decide (register, ask once for corrections, refuse
 * with a ruling), and what the clerks of a cooperating court do for a cross-domain filing (check identity, forward).
 * Every decision is audited, goes on the status trail and is sent to the filer through the notification service.
 */
@Service
public class FilingRegistration {

	/** Correction period when the clerk names none: 15 days (a court practice; the law says 指定期限). */
	static final int DEFAULT_CORRECTION_DAYS = 15;

	private final FilingRepository filings;
	private final FilingAccess access;
	private final FilingTrail trail;
	private final FilingDeadlines periods;
	private final CaseRegistry cases;
	private final Courts courts;
	private final AuditTrail audit;
	private final Notifications notifications;
	private final FilingFees fees;
	private final FeePayments payments;
	private final CaseLinks links;
	private final Clock clock;

	FilingRegistration(FilingRepository filings, FilingAccess access, FilingTrail trail, FilingDeadlines periods,
			CaseRegistry cases, Courts courts, AuditTrail audit, Notifications notifications, FilingFees fees, FeePayments payments,
			CaseLinks links, Clock clock) {
		this.links = links;
		this.fees = fees;
		this.payments = payments;
		this.filings = filings;
		this.access = access;
		this.trail = trail;
		this.periods = periods;
		this.cases = cases;
		this.courts = courts;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The clerk's queue: applications before the court, nearest decision deadline first. */
	@Transactional(readOnly = true)
	public List<Filing> queue(Actor clerk) {
		requireStaff(clerk, "filing.queue");
		return filings.queue(clerk.court().value());
	}

	/** The cooperating court's intake: cross-domain applications to check and forward. */
	@Transactional(readOnly = true)
	public List<Filing> intake(Actor clerk) {
		requireStaff(clerk, "filing.intake");
		return filings.awaitingForward(clerk.court().value());
	}

	/** Cross-domain filings through or to the court, for the service report. */
	@Transactional(readOnly = true)
	public List<CrossDomainCase> crossDomain(Actor clerk) {
		requireStaff(clerk, "filing.cross-domain");
		return filings.crossDomain(clerk.court().value(), 200)
			.stream()
			.map(f -> new CrossDomainCase(f, trail.of(f.id())))
			.toList();
	}

	/**
	 * 立案: registers the case, which gets its case number, under the procedure the clerk decides. An appeal is
	 * always heard under the 第二审程序, whatever the clerk chose, and is linked to the first-instance case (关联案件).
	 * Repeating the same acceptance (a client's retry after a lost answer, perhaps on another node) returns the
	 * filing as accepted the first time: no second case, no second audit record.
	 */
	@Transactional
	public Filing accept(Actor clerk, FilingId id, Procedure requested) {
		Filing filing = forDecision(clerk, id, "filing.accept");
		boolean appeal = filing.content().kind().isAppeal();
		Procedure procedure = appeal ? Procedure.SECOND_INSTANCE : requested;
		if (alreadyAcceptedUnder(filing, procedure)) {
			return filing;
		}
		if (filing.status() != FilingStatus.SUBMITTED) {
			// before the case is registered: a decided filing would otherwise fail on court_case_filing_uk (500)
			throw DomainException.conflict("filing-not-submitted", "problem.filing-not-submitted.detail");
		}
		if (procedure == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("procedure", "required", "validation.filing.procedure.required")));
		}
		RegisteredCase registered = cases.register(new RegisterCase(new CourtId(filing.content().targetCourt()),
				filing.content().kind().categoryCode(), null, procedure, filing.content().causeCode(),
				filing.id().value(), FilingTitles.of(filing), CaseParties.of(filing.content()),
				filing.filerUsername()));
		if (appeal) {
			links.linkToEarlierCase(registered.id(), filing.content().earlierCaseNumber());
		}
		String payment = fees.assessment(filing.content(), FilingFees.isSimplified(procedure))
			.map(assessment -> payments.open(clerk, registered.caseNumber().toString(), filing.filerUsername(),
					assessment).id().toString())
			.orElse(null);
		filing.accept(new FilingDecision(true, registered.id().toString(), registered.caseNumber().toString(),
				procedure.name(), null, null, clerk.displayName(), clock.instant(), payment));
		filings.update(filing, clock.instant());
		trail.record(filing, clerk, "案号 " + registered.caseNumber());
		audit.success("filing.accept", "filing", id.toString());
		tellFiler(filing, "filing.registered", Map.of("caseNumber", registered.caseNumber().toString(),
				"feeNote", payment == null ? "" : "案件受理费已生成缴费单，请在立案申请详情中查看并交纳。"));
		return filings.find(id).orElseThrow();
	}

	/** 一次性告知补正: everything to correct, in one list; resubmission restarts the decision period. */
	@Transactional
	public Filing requestCorrection(Actor clerk, FilingId id, List<String> items, String note, LocalDate correctBy) {
		Filing filing = forDecision(clerk, id, "filing.correction");
		List<String> cleaned = items == null ? List.of()
				: items.stream().filter(i -> i != null && !i.isBlank()).map(String::trim).toList();
		LocalDate by = correctBy != null ? correctBy : LocalDate.now(clock).plusDays(DEFAULT_CORRECTION_DAYS);
		filing.requestCorrection(new CorrectionRequest(cleaned, note, by, clerk.displayName(), clock.instant()));
		filings.update(filing, clock.instant());
		trail.record(filing, clerk, String.join("；", cleaned));
		audit.success("filing.correction", "filing", id.toString());
		tellFiler(filing, "filing.correction-requested",
				Map.of("items", String.join("；", cleaned), "correctBy", by.toString()));
		return filings.find(id).orElseThrow();
	}

	/** 不予受理/不予立案, with the reasons and the ruling served on the filer. */
	@Transactional
	public Filing refuse(Actor clerk, FilingId id, String reasons) {
		Filing filing = forDecision(clerk, id, "filing.refuse");
		Courts.CourtSummary court = courts.find(new CourtId(filing.content().targetCourt())).orElseThrow();
		String appealCourt = court.parent() == null ? court.name()
				: courts.find(court.parent()).map(Courts.CourtSummary::name).orElse(court.name());
		String ruling = reasons == null || reasons.isBlank() ? null
				: RefusalRuling.text(filing, court.name(), appealCourt, reasons, LocalDate.now(clock));
		filing.refuse(new FilingDecision(false, null, null, null, reasons, ruling, clerk.displayName(),
				clock.instant(), null));
		filings.update(filing, clock.instant());
		trail.record(filing, clerk, reasons);
		audit.success("filing.refuse", "filing", id.toString());
		tellFiler(filing, "filing.rejected", Map.of("reasons", String.valueOf(reasons)));
		return filings.find(id).orElseThrow();
	}

	/** The cooperating court's check of identity and originals (跨域立案 代为核对). */
	@Transactional
	public Filing checkIdentity(Actor clerk, FilingId id, String method, boolean passed, String note) {
		Filing filing = forReceiving(clerk, id, "filing.identity-check");
		if (method == null || method.isBlank()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("method", "required", "validation.filing.identity.method")));
		}
		filing.recordIdentityCheck(new IdentityCheck(method.trim(), passed, note, clerk.displayName(),
				clerk.court().value(), clock.instant()));
		filings.update(filing, clock.instant());
		trail.record(filing, clerk, (passed ? "身份核对通过：" : "身份核对未通过：") + method.trim());
		audit.success("filing.identity-check", "filing", id.toString());
		return filings.find(id).orElseThrow();
	}

	/** Forwards a checked cross-domain filing to the court with jurisdiction, whose decision period starts. */
	@Transactional
	public Filing forward(Actor clerk, FilingId id) {
		Filing filing = forReceiving(clerk, id, "filing.forward");
		filing.forward(LocalDate.now(clock), received -> periods.decisionPeriod(filing.content().kind(), received));
		filings.update(filing, clock.instant());
		trail.record(filing, clerk, "转交管辖法院");
		audit.success("filing.forward", "filing", id.toString());
		tellFiler(filing, "filing.forwarded",
				Map.of("dueOn", filing.decisionDueOn().orElseThrow().toString()));
		return filings.find(id).orElseThrow();
	}

	private static boolean alreadyAcceptedUnder(Filing filing, Procedure procedure) {
		return procedure != null && filing.status() == FilingStatus.ACCEPTED && filing.decision()
			.filter(FilingDecision::accepted)
			.map(d -> procedure.name().equals(d.procedure()))
			.orElse(false);
	}

	private Filing forDecision(Actor clerk, FilingId id, String action) {
		return filings.findForUpdate(id)
			.filter(f -> access.isClerkOf(clerk, f.content().targetCourt()))
			.orElseThrow(() -> refused(clerk, id, action));
	}

	private Filing forReceiving(Actor clerk, FilingId id, String action) {
		return filings.findForUpdate(id)
			.filter(f -> access.isClerkOf(clerk, f.content().receivingCourt()))
			.orElseThrow(() -> refused(clerk, id, action));
	}

	private DomainException refused(Actor clerk, FilingId id, String action) {
		audit.record(clerk, action, "filing", id.toString(), AuditOutcome.DENIED, null);
		return DomainException.notFound("filing-not-found", "problem.filing-not-found.detail");
	}

	private void requireStaff(Actor actor, String action) {
		if (!actor.isStaff()) {
			audit.record(actor, action, "filing", null, AuditOutcome.DENIED, null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}

	/** Tells the filer through the notification service; the key names this filing and this moment of its history. */
	private void tellFiler(Filing filing, String template, Map<String, String> values) {
		notifications.send(new Message(template + ":" + filing.id() + ":" + clock.instant().toEpochMilli(),
				Recipient.user(filing.filer()), template, values, "/filings/" + filing.id(), Set.of()));
	}
}
