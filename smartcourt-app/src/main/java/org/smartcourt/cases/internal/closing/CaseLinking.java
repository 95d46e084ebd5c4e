package org.smartcourt.cases.internal.closing;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseLinks;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 关联案件: court staff link two cases they can both see; a case registered from an appeal or a retrial petition is
 * linked to the earlier case through {@link CaseLinks}. Each new link is a court-only docket entry of the case it
 * starts from. Same-party cases are suggested by identity number, or by name where a party has none.
 */
@Service
public class CaseLinking implements CaseLinks {

	private static final int NOTE_MAX = 500;
	/** 类型代字 of cases that review an earlier one in 审判监督程序. */
	private static final Set<String> RETRIAL_TYPES = Set.of("民再", "民申", "民监", "民抗", "行再", "行申", "行监", "行抗",
			"刑再", "刑申", "刑监", "刑抗");

	private final CaseLinkRepository links;
	private final TeamAccess access;
	private final CaseStages stages;
	private final CaseNumbers numbers;
	private final CaseRegistry registry;
	private final CourtHierarchy hierarchy;
	private final Docket docket;
	private final AuditTrail audit;
	private final Clock clock;

	CaseLinking(CaseLinkRepository links, TeamAccess access, CaseStages stages, CaseNumbers numbers,
			CaseRegistry registry, CourtHierarchy hierarchy, Docket docket, AuditTrail audit, Clock clock) {
		this.links = links;
		this.access = access;
		this.stages = stages;
		this.numbers = numbers;
		this.registry = registry;
		this.hierarchy = hierarchy;
		this.docket = docket;
		this.audit = audit;
		this.clock = clock;
	}

	/** Links {@code from} to the case numbered {@code toNumber}, both within the actor's scope. */
	@Transactional
	public CaseLink link(Actor actor, CaseId from, String toNumber, LinkKind kind, String note) {
		access.staffCase(actor, from);
		if (kind == null) {
			throw invalid("kind", "validation.closing.link.kind");
		}
		if (note != null && note.length() > NOTE_MAX) {
			throw invalid("note", "validation.closing.link.note");
		}
		CaseNumber number = parse(toNumber);
		RegisteredCase to = registry.byNumber(number)
			.filter(c -> hierarchy.subtree(actor.court()).contains(c.courtId()))
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					number.format()));
		if (to.id().equals(from)) {
			throw invalid("caseNumber", "validation.closing.link.self");
		}
		stages.require(from, EnumSet.complementOf(EnumSet.of(CaseStage.ARCHIVED)), "关联案件");
		insert(actor, from, to, kind, note == null || note.isBlank() ? null : note.strip());
		audit.success("case.link", "case", from.toString());
		return linksOf(from, Audience.COURT).stream()
			.filter(l -> l.otherCase().equals(to.id()) && l.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void linkToEarlierCase(CaseId later, String earlierCaseNumber) {
		CaseNumber number = parse(earlierCaseNumber);
		RegisteredCase earlier = registry.byNumber(number)
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					number.format()));
		RegisteredCase registered = registry.byId(later)
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					later.toString()));
		LinkKind kind = RETRIAL_TYPES.contains(registered.typeCode()) ? LinkKind.RETRIAL_OF : LinkKind.EARLIER_INSTANCE;
		insert(null, later, earlier, kind, null);
		audit.success("case.link", "case", later.toString());
	}

	/** The links of a case a viewer at {@code level} may see; no access check. */
	public List<CaseLink> linksOf(CaseId caseId, Audience level) {
		return links.linksOf(caseId)
			.stream()
			.filter(l -> level == Audience.COURT || LinkKind.SHOWN_TO_PARTIES.contains(l.kind()))
			.toList();
	}

	/** Cases that may share a party with this one, within the actor's scope and not yet linked. */
	@Transactional(readOnly = true)
	public List<SameParties> suggestions(Actor actor, CaseId caseId) {
		CaseOverview overview = access.staffCase(actor, caseId);
		return links.sameParties(overview.id(),
				hierarchy.subtree(actor.court()).stream().map(CourtId::value).toList());
	}

	private void insert(Actor actor, CaseId from, RegisteredCase to, LinkKind kind, String note) {
		boolean added = links.insert(from, to.id(), kind, note, actor == null ? null : actor.username(),
				clock.instant());
		if (added) {
			docket.record(from, actor, new NewDocketEntry(DocketEntryType.RELATED_CASE_LINKED, null, null,
					"关联案件：" + to.caseNumber().format() + (note == null ? "" : "（" + note + "）") + "。",
					Map.of("linkedCase", to.id().toString(), "kind", kind.name())));
		}
	}

	private CaseNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw invalid("caseNumber", "validation.closing.link.case-number");
		}
		return numbers.parse(text);
	}

	private static DomainException invalid(String field, String key) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem(field, "invalid", key)));
	}
}
