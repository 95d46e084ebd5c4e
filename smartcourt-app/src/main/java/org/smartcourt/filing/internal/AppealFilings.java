package org.smartcourt.filing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.PartySide;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上诉: a party to a decided first-instance civil case starts a 民事二审 filing from it. The draft goes straight to
 * the court above (民事诉讼法 art. 173 para. 2 lets a party appeal directly to the 第二审人民法院), prefilled with the
 * 原审案号, the 案由 and the parties (the filer's side as 上诉人, the other side as 被上诉人, anyone else as 原审第三人);
 * the filer adds the 上诉请求 and 理由 and submits through the ordinary filing path.
 */
@Service
public class AppealFilings {

	private final Cases cases;
	private final Docket docket;
	private final Courts courts;
	private final Deadlines deadlines;
	private final FilingApplications applications;
	private final AuditTrail audit;

	AppealFilings(Cases cases, Docket docket, Courts courts, Deadlines deadlines, FilingApplications applications,
			AuditTrail audit) {
		this.cases = cases;
		this.docket = docket;
		this.courts = courts;
		this.deadlines = deadlines;
		this.applications = applications;
		this.audit = audit;
	}

	/** A started appeal: the draft and the 上诉期 that applies. */
	public record StartedAppeal(Filing filing, AppealPeriod period) {
	}

	/**
	 * Opens the appeal draft. With the same {@code Idempotency-Key} the draft made the first time is returned.
	 *
	 * @throws DomainException (not found) when the actor is not a party to the case (its existence does not leak);
	 *         (conflict) {@code appeal-not-open} while the case is not decided or is no 民初 case.
	 */
	@Transactional
	public StartedAppeal start(Actor actor, CaseId caseId, String idempotencyKey) {
		CaseOverview overview = cases.find(caseId)
			.filter(o -> isFiler(actor) && cases.levelFor(actor, o).filter(l -> l == Audience.PARTIES).isPresent())
			.orElseThrow(() -> {
				audit.record(actor, "filing.appeal", "case", caseId.toString(), AuditOutcome.DENIED, null);
				return DomainException.notFound("case-not-found", "problem.case-not-found.detail", caseId.toString());
			});
		List<DocketEntry> entries = docket.entries(caseId);
		Optional<Courts.CourtSummary> higher = higherCourt(overview);
		if (!appealable(overview, entries) || higher.isEmpty()) {
			throw DomainException.conflict("appeal-not-open", "problem.appeal-not-open.detail");
		}
		FilingContent content = new FilingContent(higher.get().id().value(), null, FilingKind.CIVIL_APPEAL,
				RequestedProcedure.ORDINARY, overview.registration().causeCode(), parties(actor, overview), List.of(),
				null, List.of(), List.of(), overview.registration().caseNumber().format());
		Filing filing = applications.create(actor, content, idempotencyKey);
		audit.success("filing.appeal", "case", caseId.toString());
		return new StartedAppeal(filing, period(actor, overview, entries));
	}

	/** The 上诉期 for this party, when they may appeal the case now; empty otherwise. Not audited. */
	@Transactional(readOnly = true)
	public Optional<AppealPeriod> openFor(Actor actor, CaseOverview overview, Audience level) {
		if (level != Audience.PARTIES || !isFiler(actor)) {
			return Optional.empty();
		}
		List<DocketEntry> entries = docket.entries(overview.id());
		if (!appealable(overview, entries) || higherCourt(overview).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(period(actor, overview, entries));
	}

	private static boolean isFiler(Actor actor) {
		return actor.is(Role.LITIGANT) || actor.is(Role.LAWYER);
	}

	private static boolean appealable(CaseOverview overview, List<DocketEntry> entries) {
		boolean decided = overview.stage() == CaseStage.CLOSED || overview.stage() == CaseStage.ARCHIVED
				|| entries.stream().anyMatch(e -> e.type() == DocketEntryType.JUDGMENT_PRONOUNCED);
		return decided && EarlierCases.FIRST_INSTANCE_CIVIL.equals(overview.registration().categoryCode());
	}

	private Optional<Courts.CourtSummary> higherCourt(CaseOverview overview) {
		return courts.find(overview.registration().courtId())
			.filter(c -> c.parent() != null)
			.flatMap(c -> courts.find(c.parent()));
	}

	/** The side the actor stands on: the party they act as or for, else the filer's (plaintiff's) side. */
	private static PartySide sideOf(Actor actor, CaseOverview overview) {
		for (CaseParty p : overview.parties()) {
			if (actor.username().equals(p.username())) {
				if (!p.agent()) {
					return p.side();
				}
				return overview.parties()
					.stream()
					.filter(q -> !q.agent() && p.represents() != null && q.seq() == p.represents())
					.map(CaseParty::side)
					.findFirst()
					.orElse(p.side());
			}
		}
		return PartySide.PLAINTIFF;
	}

	private static PartySide opposite(PartySide side) {
		return switch (side) {
			case PLAINTIFF -> PartySide.DEFENDANT;
			case DEFENDANT -> PartySide.PLAINTIFF;
			case APPELLANT -> PartySide.APPELLEE;
			case APPELLEE -> PartySide.APPELLANT;
			case APPLICANT -> PartySide.RESPONDENT;
			case RESPONDENT -> PartySide.APPLICANT;
			default -> null;
		};
	}

	/**
	 * The appellant's side first, then the other side, then everyone else as 原审第三人. Agents are left out: an
	 * appeal needs its own 授权委托书 (the first-instance authorization may not extend to the 二审).
	 */
	private static List<FilingContent.Party> parties(Actor actor, CaseOverview overview) {
		PartySide own = sideOf(actor, overview);
		PartySide other = opposite(own);
		List<FilingContent.Party> result = new ArrayList<>();
		for (PartyRole role : List.of(PartyRole.PLAINTIFF, PartyRole.DEFENDANT, PartyRole.THIRD_PARTY)) {
			for (CaseParty p : overview.partiesOnly()) {
				PartyRole mapped = p.side() == own ? PartyRole.PLAINTIFF
						: p.side() == other ? PartyRole.DEFENDANT : PartyRole.THIRD_PARTY;
				if (mapped == role) {
					result.add(party(role, p));
				}
			}
		}
		return result;
	}

	private static FilingContent.Party party(PartyRole role, CaseParty p) {
		PartyType type = p.partyType() == null ? PartyType.NATURAL_PERSON
				: java.util.Arrays.stream(PartyType.values()).filter(t -> t.name().equals(p.partyType())).findFirst()
					.orElse(PartyType.NATURAL_PERSON);
		boolean person = type == PartyType.NATURAL_PERSON;
		return new FilingContent.Party(role, type, p.name(), person ? p.idNumber() : null,
				person ? null : p.idNumber(), null, null, null, List.of());
	}

	/**
	 * The period counts from service on the appellant of the decision pronounced (民事诉讼法 art. 171); a 裁定书 gives
	 * 10 days, anything else the 15 days of a 判决书. The earliest service on one of the appellant's parties counts.
	 */
	private AppealPeriod period(Actor actor, CaseOverview overview, List<DocketEntry> entries) {
		Optional<DocketEntry> pronounced = entries.stream()
			.filter(e -> e.type() == DocketEntryType.JUDGMENT_PRONOUNCED)
			.reduce((first, second) -> second);
		boolean ruling = pronounced.map(e -> e.summary() != null && e.summary().contains("裁定")).orElse(false);
		RuleId ruleId = RuleId.of(ruling ? "appeal-ruling" : "appeal-judgment");
		PartySide own = sideOf(actor, overview);
		Set<String> appellants = overview.partiesOnly()
			.stream()
			.filter(p -> p.side() == own)
			.map(p -> Integer.toString(p.seq()))
			.collect(Collectors.toSet());
		String document = pronounced.map(e -> e.detail("documentId")).orElse(null);
		Optional<LocalDate> served = entries.stream()
			.filter(e -> e.type() == DocketEntryType.SERVICE)
			.filter(e -> appellants.contains(e.detail("partySeq")))
			.filter(e -> document == null || document.equals(e.detail("documentId")))
			.map(DocketEntry::occurredOn)
			.min(Comparator.naturalOrder());
		String rule = deadlines.rule(ruleId)
			.map(AppealFilings::describe)
			.orElse(ruling ? "上诉期（裁定）：裁定书送达之日起十日" : "上诉期（判决）：判决书送达之日起十五日");
		if (served.isEmpty()) {
			return new AppealPeriod(ruleId.value(), rule, null, null, null);
		}
		DeadlineResult result = deadlines.compute(ruleId, served.get(), List.of());
		return new AppealPeriod(ruleId.value(), rule, served.get(), result.due(), result.explanationText());
	}

	private static String describe(DeadlineRule r) {
		return r.name() + "：" + r.startEvent() + "之日起" + r.lengthText() + "（" + r.citation().text() + "）";
	}
}
