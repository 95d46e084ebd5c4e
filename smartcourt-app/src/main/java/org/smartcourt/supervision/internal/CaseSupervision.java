package org.smartcourt.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.supervision.ActKind;
import org.smartcourt.supervision.FlagKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 院庭长监督 of one case: flags (四类案件 and local triggers) raised by hand or by rule and cleared with a reason; the
 * acts of the 权力清单 and the 承办法官's answers. Who may: the president of the case's court or a court above it and
 * the head of the case's department supervise; the 承办法官 may flag their own case and answers the acts. Every step
 * is a court-only docket entry (全程留痕) and an audit record (anchored in the ledger); the judge is told of each flag
 * and act, the supervisor of each answer.
 */
@Service
public class CaseSupervision {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	private final SupervisionRecords records;
	private final Cases cases;
	private final Docket docket;
	private final Staffing staffing;
	private final CourtHierarchy hierarchy;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final AuditTrail audit;
	private final Clock clock;

	CaseSupervision(SupervisionRecords records, Cases cases, Docket docket, Staffing staffing,
			CourtHierarchy hierarchy, AccountDirectory accounts, Notifications notifications, AuditTrail audit,
			Clock clock) {
		this.records = records;
		this.cases = cases;
		this.docket = docket;
		this.staffing = staffing;
		this.hierarchy = hierarchy;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case's flags and acts, and what the viewer may do. */
	public record Oversight(List<SupervisionFlag> flags, List<SupervisionAct> acts, boolean maySupervise,
			boolean mayFlag, boolean mayAnswer) {
	}

	@Transactional(readOnly = true)
	public Oversight of(Actor actor, CaseOverview overview) {
		boolean supervises = supervises(actor, overview);
		boolean judge = isResponsibleJudge(actor, overview);
		return new Oversight(records.flagsOf(overview.id().value()), records.actsOf(overview.id().value()),
				supervises, supervises || judge, judge);
	}

	/** Whether the actor is a president over the case's court or the head of its department. */
	public boolean supervises(Actor actor, CaseOverview overview) {
		if (actor.role() == Role.PRESIDENT) {
			return hierarchy.subtree(actor.court()).contains(overview.registration().courtId());
		}
		if (actor.role() == Role.DIVISION_HEAD && actor.court().equals(overview.registration().courtId())) {
			return overview.departmentId() != null && staffing.byUsername(actor.username())
				.map(s -> overview.departmentId().equals(s.departmentId()))
				.orElse(false);
		}
		return false;
	}

	private static boolean isResponsibleJudge(Actor actor, CaseOverview overview) {
		return overview.responsibleJudge().map(j -> actor.username().equals(j.username())).orElse(false);
	}

	/** Flags the case by hand; refused when a flag of the kind is open. */
	@Transactional
	public SupervisionFlag raise(Actor actor, CaseId caseId, FlagKind kind, String reason) {
		CaseOverview overview = caseFor(actor, caseId);
		if (!supervises(actor, overview) && !isResponsibleJudge(actor, overview)) {
			throw notAllowed();
		}
		String why = required("reason", reason, 1000);
		if (kind == null) {
			throw DomainException.invalid("flag-kind", "problem.supervision-input.detail",
					List.of(new FieldProblem("kind", "flag-kind", "validation.supervision.kind")));
		}
		SupervisionFlag flag = new SupervisionFlag(UUID.randomUUID(), caseId.value(),
				overview.registration().courtId().value(), kind, false, why, actor.username(), clock.instant(), null,
				null, null);
		if (!records.insert(flag)) {
			throw DomainException.conflict("flag-open", "problem.flag-open.detail", kind.label());
		}
		record(actor, overview, "标注为" + (kind.fourKinds() ? "四类案件（" + kind.label() + "）" : kind.label()) + "："
				+ why + "（" + kind.citation() + "）", "supervision.flag", flag.id());
		tellJudge(overview, "supervision.flagged", "flag:" + flag.id(),
				Map.of("kind", kind.label(), "reason", why, "by", actor.displayName()));
		return flag;
	}

	/** Raises a flag by rule (no actor), once per case and kind; the judge is told when {@code tell}. */
	@Transactional
	public void raiseByRule(CaseFact fact, FlagKind kind, String reason, boolean tell) {
		if (records.everFlagged(fact.caseId(), kind)) {
			return;
		}
		SupervisionFlag flag = new SupervisionFlag(UUID.randomUUID(), fact.caseId(), fact.courtId(), kind, true,
				reason, null, clock.instant(), null, null, null);
		if (records.insert(flag)) {
			docket.record(new CaseId(fact.caseId()), null, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null,
					null, "院庭长监督：系统依规则标注为" + kind.label() + "：" + reason + "（" + kind.citation() + "）。",
					Map.of("supervision", "flag", "flag", flag.id().toString())));
			audit.record(null, "supervision.flag.rule", "case", fact.caseId().toString(),
					org.smartcourt.audit.AuditOutcome.SUCCESS, kind.name());
			if (tell) {
				cases.find(new CaseId(fact.caseId())).ifPresent(o -> tellJudge(o, "supervision.flagged",
						"flag:" + flag.id(), Map.of("kind", kind.label(), "reason", reason, "by", "系统规则")));
			}
		}
	}

	/** Clears an open flag, with the reason; supervisors only. */
	@Transactional
	public void clear(Actor actor, UUID flagId, String reason) {
		SupervisionFlag flag = records.flag(flagId)
			.orElseThrow(() -> DomainException.notFound("flag-not-found", "problem.flag-not-found.detail"));
		CaseOverview overview = caseFor(actor, new CaseId(flag.caseId()));
		if (!supervises(actor, overview)) {
			throw notAllowed();
		}
		String why = required("reason", reason, 1000);
		if (!records.clear(flagId, actor.username(), clock.instant(), why)) {
			throw DomainException.conflict("flag-cleared", "problem.flag-cleared.detail");
		}
		record(actor, overview, "撤销" + flag.kind().label() + "标注：" + why, "supervision.flag.clear", flagId);
	}

	/** Takes a supervisory act; supervisors only. */
	@Transactional
	public SupervisionAct request(Actor actor, CaseId caseId, ActKind kind, String note, LocalDate answerDueOn) {
		CaseOverview overview = caseFor(actor, caseId);
		if (!supervises(actor, overview)) {
			throw notAllowed();
		}
		if (kind == null) {
			throw DomainException.invalid("act-kind", "problem.supervision-input.detail",
					List.of(new FieldProblem("kind", "act-kind", "validation.supervision.act")));
		}
		String text = required("note", note, 2000);
		LocalDate today = LocalDate.now(clock.withZone(COURT_ZONE));
		if (answerDueOn != null && answerDueOn.isBefore(today)) {
			throw DomainException.invalid("answer-due", "problem.supervision-input.detail",
					List.of(new FieldProblem("answerDueOn", "answer-due", "validation.supervision.answer-due")));
		}
		SupervisionAct act = new SupervisionAct(UUID.randomUUID(), caseId.value(),
				overview.registration().courtId().value(), kind, text, actor.username(), actor.displayName(),
				clock.instant(), answerDueOn, null, null, null, null);
		records.insert(act);
		record(actor, overview, kind.label() + "：" + text + (answerDueOn == null ? "" : "（请于" + answerDueOn + "前答复）")
				+ "（" + kind.citation() + "）", "supervision.act", act.id());
		tellJudge(overview, "supervision.requested", "act:" + act.id(), Map.of("act", kind.label(), "note", text,
				"by", actor.displayName(), "due", answerDueOn == null ? "—" : answerDueOn.toString()));
		return act;
	}

	/** The 承办法官 answers an act; once. */
	@Transactional
	public SupervisionAct answer(Actor actor, UUID actId, String answer) {
		SupervisionAct act = records.act(actId)
			.orElseThrow(() -> DomainException.notFound("act-not-found", "problem.act-not-found.detail"));
		CaseOverview overview = caseFor(actor, new CaseId(act.caseId()));
		if (!isResponsibleJudge(actor, overview)) {
			throw notAllowed();
		}
		String text = required("answer", answer, 4000);
		if (!records.answer(actId, actor.username(), actor.displayName(), text, clock.instant())) {
			throw DomainException.conflict("act-answered", "problem.act-answered.detail");
		}
		record(actor, overview, "答复" + act.kind().label() + "：" + text, "supervision.answer", actId);
		accounts.idOf(act.requestedBy())
			.ifPresent(user -> notifications.send(new Message("supervision.answered:" + actId, Recipient.user(user),
					"supervision.answered",
					Map.of("caseNumber", overview.registration().caseNumber().format(), "act", act.kind().label(),
							"by", actor.displayName()),
					"/cases/" + overview.id(), Set.of(Channel.IN_APP))));
		return records.act(actId).orElseThrow();
	}

	private CaseOverview caseFor(Actor actor, CaseId caseId) {
		return cases.view(actor, caseId).overview();
	}

	private void record(Actor actor, CaseOverview overview, String summary, String action, UUID target) {
		docket.record(overview.id(), actor, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null, null,
				"院庭长监督：" + summary, Map.of("supervision", action, "id", target.toString())));
		audit.success(action, "case", overview.id().toString());
	}

	private void tellJudge(CaseOverview overview, String template, String key, Map<String, String> values) {
		overview.responsibleJudge()
			.map(TeamMember::username)
			.flatMap(accounts::idOf)
			.ifPresent(user -> {
				Map<String, String> all = new java.util.HashMap<>(values);
				all.put("caseNumber", overview.registration().caseNumber().format());
				notifications.send(new Message("supervision:" + key, Recipient.user(user), template, all,
						"/cases/" + overview.id(), Set.of(Channel.IN_APP)));
			});
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw DomainException.invalid("supervision-" + field, "problem.supervision-input.detail",
					List.of(new FieldProblem(field, "supervision-" + field, "validation.supervision." + field)));
		}
		return value.strip();
	}

	private static DomainException notAllowed() {
		return DomainException.forbidden("supervision-not-allowed", "problem.supervision-not-allowed.detail");
	}
}
