package org.smartcourt.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading services: one with its trail, a case's, a court's desk, a party's 我的文书. A service outside the reader's
 * scope does not exist for them (404).
 */
@Service
public class ServiceQueries {

	static final int QUEUE_SIZE = 100;

	private final ServingRepository servings;
	private final ServedDocumentRepository documents;
	private final ServiceAccess access;
	private final Cases cases;
	private final Courts courts;
	private final Deadlines deadlines;
	private final AuditTrail audit;
	private final Clock clock;
	private final int fallbackDays;
	private final PeriodsFromService periods = new PeriodsFromService();

	ServiceQueries(ServingRepository servings, ServedDocumentRepository documents, ServiceAccess access, Cases cases,
			Courts courts, Deadlines deadlines, AuditTrail audit, Clock clock,
			@Value("${smartcourt.service.fallback-after-days:3}") int fallbackDays) {
		this.servings = servings;
		this.documents = documents;
		this.access = access;
		this.cases = cases;
		this.courts = courts;
		this.deadlines = deadlines;
		this.audit = audit;
		this.clock = clock;
		this.fallbackDays = fallbackDays;
	}

	/** One service, for court staff of the case or an account acting for the party served; audited as a view. */
	@Transactional
	public ServingView view(Actor actor, UUID servingId) {
		Serving serving = readable(actor, servingId);
		audit.success("service.serving.view", "case", serving.caseId().toString());
		return view(cases.find(serving.caseId()).orElseThrow(), serving);
	}

	/** A service the caller just acted on, described without a further check. */
	public ServingView describe(Serving serving) {
		return view(cases.find(serving.caseId()).orElseThrow(), serving);
	}

	/** The service if the actor may read it; otherwise not found. */
	Serving readable(Actor actor, UUID servingId) {
		Serving serving = servings.find(servingId).orElseThrow(() -> servingNotFound(servingId));
		try {
			if (actor.isStaff()) {
				access.staffCase(actor, serving.caseId());
			}
			else {
				access.partyOf(actor, serving.caseId(), serving.partySeq());
				if (serving.status() == ServingStatus.PENDING) {
					throw servingNotFound(servingId);
				}
			}
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw servingNotFound(servingId);
			}
			throw ex;
		}
		return serving;
	}

	/** A case's services, for the case page (whose section checked the viewer). */
	public List<ServingView> ofCase(CaseOverview overview) {
		return servings.ofCase(overview.id()).stream().map(s -> view(overview, s)).toList();
	}

	/** The case's documents for parties, for the serve form. */
	public List<ServedDocument> documentsOf(CaseOverview overview) {
		return documents.forParties(overview.id());
	}

	/** 我的文书: the services on the parties the actor acts for, newest first. */
	public List<ServingView> mine(Actor actor) {
		List<ServingView> mine = new ArrayList<>();
		for (CaseOverview overview : cases.casesOfParty(actor)) {
			List<Integer> seqs = overview.parties()
				.stream()
				.filter(p -> new ActingAccounts(overview, p).includes(actor.username()))
				.map(CaseParty::seq)
				.toList();
			servings.onParties(overview.id(), seqs).forEach(s -> mine.add(view(overview, s)));
		}
		mine.sort((a, b) -> b.serving().createdAt().compareTo(a.serving().createdAt()));
		return mine;
	}

	/** The service desk of the actor's court. */
	public DeskView desk(Actor actor) {
		if (!actor.isStaff()) {
			throw DomainException.forbidden("service-team-only", "problem.service-team-only.detail");
		}
		var court = actor.court();
		var staleBefore = clock.instant().minus(Duration.ofDays(fallbackDays));
		return new DeskView(documents.unserved(court, QUEUE_SIZE), documents.countUnserved(court),
				views(servings.ofCourt(court, ServingStatus.PENDING, QUEUE_SIZE)),
				servings.count(court, ServingStatus.PENDING),
				views(servings.ofCourt(court, ServingStatus.IN_PROGRESS, QUEUE_SIZE)),
				servings.count(court, ServingStatus.IN_PROGRESS),
				views(servings.ofCourt(court, ServingStatus.FAILED, QUEUE_SIZE)),
				servings.count(court, ServingStatus.FAILED), views(servings.stale(court, staleBefore, QUEUE_SIZE)),
				servings.countStale(court, staleBefore), views(servings.paperRequests(court, QUEUE_SIZE)), fallbackDays);
	}

	private List<ServingView> views(List<Serving> list) {
		Map<CaseId, Optional<CaseOverview>> overviews = new java.util.HashMap<>();
		return list.stream()
			.map(s -> overviews.computeIfAbsent(s.caseId(), cases::find).map(o -> view(o, s)))
			.flatMap(Optional::stream)
			.toList();
	}

	ServingView view(CaseOverview overview, Serving serving) {
		ServedDocument document = documents.find(serving.documentId()).orElseThrow();
		CaseParty party = overview.parties().stream().filter(p -> p.seq() == serving.partySeq()).findFirst().orElseThrow();
		List<PeriodView> started = serving.effective() ? periods(overview, document, party, serving) : List.of();
		String courtName = courts.find(overview.registration().courtId()).map(Courts.CourtSummary::name).orElse("");
		return new ServingView(serving, document, party, overview.registration().caseNumber().format(), courtName,
				servings.attempts(serving.id()), servings.trail(serving.id()), started,
				serving.method() == ServiceMethod.ELECTRONIC && new EffectiveDateRule(clock.getZone()).isDecision(document.kind()));
	}

	private List<PeriodView> periods(CaseOverview overview, ServedDocument document, CaseParty party, Serving serving) {
		PartySide side = party.agent() ? overview.parties()
			.stream()
			.filter(p -> Integer.valueOf(p.seq()).equals(party.represents()))
			.map(CaseParty::side)
			.findFirst()
			.orElse(party.side()) : party.side();
		List<PeriodView> started = new ArrayList<>();
		for (RuleId rule : periods.startedBy(document.kind(), document.title(), side, overview.procedure())) {
			DeadlineResult result = deadlines.compute(rule, serving.effectiveOn(), List.of());
			started.add(new PeriodView(result.rule().name(), result.due(), result.rule().citation().text(),
					result.explanationText()));
		}
		return started;
	}

	static DomainException servingNotFound(UUID id) {
		return DomainException.notFound("service-not-found", "problem.service-not-found.detail", String.valueOf(id));
	}
}
