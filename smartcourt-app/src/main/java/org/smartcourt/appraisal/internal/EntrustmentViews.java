package org.smartcourt.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Grant;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Level;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Cases;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading entrustments as each viewer may: the office's queue, a case's entrustments, a party's, an institution's, one
 * entrustment with its steps, a draw's replay and the files (委托书, 鉴定意见书, 补充材料) they may download.
 */
@Service
public class EntrustmentViews {

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final EntrustmentAccess access;
	private final AppraisalSelection selection;
	private final HeldEntrustments held;
	private final Cases cases;
	private final Ledger ledger;
	private final AppraisalFields fields;
	private final AuditTrail audit;
	private final Clock clock;

	EntrustmentViews(EntrustmentRepository repository, RosterRepository roster, EntrustmentAccess access,
			AppraisalSelection selection, HeldEntrustments held, Cases cases, Ledger ledger, AppraisalFields fields,
			AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.roster = roster;
		this.access = access;
		this.selection = selection;
		this.held = held;
		this.cases = cases;
		this.ledger = ledger;
		this.fields = fields;
		this.audit = audit;
		this.clock = clock;
	}

	/** A line of a list: the entrustment, its field's name, the institution now, the due day and what to flag. */
	public record Line(UUID id, String caseNumber, String matter, String fieldName, EntrustmentStatus status,
			String institution, LocalDate dueOn, Long daysLeft, boolean overdue, boolean reselectionRequested) {

		public String statusKey() {
			return overdue ? "appraisal.status.OVERDUE" : status.labelKey();
		}
	}

	/** One assignment with its institution's name, the letter's and report's ledger indexes and its steps. */
	public record AssignmentView(Assignment assignment, String institution, Long letterLedgerIndex,
			Long reportLedgerIndex, List<Steps.MaterialRequest> materials, List<Steps.ExtensionRequest> extensions,
			List<Steps.Objection> objections, LocalDate replyBy) {
	}

	/** The entrustment page. */
	public record Detail(Entrustment entrustment, String fieldName, String caseTitle, Level level, String side,
			List<AssignmentView> assignments, AssignmentView current, AppraisalPeriod.Due due, boolean overdue,
			List<Steps.Draw> draws, List<Steps.PartyChoice> choices, Map<UUID, String> names,
			Eligibility.Split eligibility, List<Steps.Attendance> attendance, String agreedInstitution) {

		public boolean office() {
			return level == Level.OFFICE;
		}

		public boolean judge() {
			return level == Level.JUDGE;
		}

		public boolean party() {
			return level == Level.PARTY;
		}

		public boolean institution() {
			return level == Level.INSTITUTION;
		}

		public String name(UUID institution) {
			return names.getOrDefault(institution, "");
		}

		public String agreedName() {
			return agreedInstitution == null ? null : name(UUID.fromString(agreedInstitution));
		}
	}

	/** A stored draw run again. */
	public record ReplayView(Entrustment entrustment, Steps.Draw draw, List<RandomDraw.Candidate> candidates,
			List<Eligibility.Excluded> excluded, RandomDraw.Replay replay) {
	}

	@Transactional(readOnly = true)
	public List<Line> queue(Actor actor) {
		AppraisalScope.requireStaffOf(actor, actor.court() == null ? new org.smartcourt.shared.CourtId("none") : actor.court());
		return repository.ofCourt(actor.court()).stream().map(this::line).toList();
	}

	@Transactional(readOnly = true)
	public List<Line> ofCase(CaseId caseId) {
		return repository.ofCase(caseId).stream().map(this::line).toList();
	}

	@Transactional(readOnly = true)
	public List<Line> ofParty(Actor actor) {
		List<UUID> ids = cases.casesOfParty(actor).stream().map(o -> o.id().value()).toList();
		return repository.ofCases(ids).stream().map(this::line).toList();
	}

	@Transactional(readOnly = true)
	public List<Line> ofInstitution(Actor actor) {
		if (actor.role() != Role.APPRAISAL_INSTITUTION) {
			throw AppraisalScope.notFound();
		}
		return roster.ofAccount(actor.username())
			.map(i -> repository.ofInstitution(i.id()).stream()
				.map(this::line)
				.map(l -> l.institution().equals(i.name()) ? l : hideOthers(l))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Detail detail(Actor actor, UUID id) {
		Entrustment e = repository.find(id).orElseThrow(AppraisalScope::notFound);
		Grant g = access.grant(actor, e);
		audit.success("appraisal.read", "appraisal-entrustment", id.toString());
		List<Assignment> all = repository.assignments(id);
		if (g.is(Level.INSTITUTION)) {
			all = all.stream().filter(a -> a.institutionId().equals(g.institution().id())).toList();
		}
		Map<UUID, String> names = roster.ofCourt(e.court()).stream()
			.collect(Collectors.toMap(Institution::id, Institution::name));
		List<AssignmentView> views = all.stream().map(a -> view(a, names)).toList();
		AssignmentView current = views.stream()
			.filter(v -> v.assignment().id().equals(e.currentAssignment()))
			.findFirst()
			.orElse(null);
		AppraisalPeriod.Due due = current != null && current.assignment().accepted()
				? held.due(e, current.assignment()) : null;
		boolean overdue = due != null && e.status().running() && !due.waiting()
				&& LocalDate.now(clock).isAfter(due.due());
		List<Steps.Draw> draws = g.is(Level.INSTITUTION) ? List.of() : repository.draws(id);
		List<Steps.PartyChoice> choices = g.is(Level.INSTITUTION) ? List.of() : repository.choices(id);
		Eligibility.Split split = e.status().selecting() && !g.is(Level.INSTITUTION)
				? selection.eligibility(e, g.overview()) : null;
		long sides = g.overview().partiesOnly().stream().map(p -> p.side()).distinct().count();
		String agreed = choices.size() == sides && sides > 0
				&& choices.stream().map(Steps.PartyChoice::institutionId).distinct().count() == 1
						? choices.get(0).institutionId().toString() : null;
		return new Detail(e, fields.name(e.field()), g.overview().registration().title(), g.level(), g.side(), views,
				current, due, overdue, draws, choices, names, split, repository.attendance(id), agreed);
	}

	@Transactional(readOnly = true)
	public ReplayView replay(Actor actor, UUID id, UUID drawId) {
		Entrustment e = repository.find(id).orElseThrow(AppraisalScope::notFound);
		Grant g = access.grant(actor, e);
		if (g.is(Level.INSTITUTION)) {
			throw AppraisalScope.notFound();
		}
		Steps.Draw d = repository.draws(id).stream().filter(x -> x.id().equals(drawId)).findFirst()
			.orElseThrow(AppraisalScope::notFound);
		List<RandomDraw.Candidate> candidates = RandomDraw.parse(d.candidates());
		audit.success("appraisal.draw.replay", "appraisal-entrustment", id.toString());
		return new ReplayView(e, d, candidates, Eligibility.parse(d.excluded()),
				RandomDraw.replay(d.seed(), candidates, d.fingerprint(), d.chosen()));
	}

	/** The stored file of this entrustment with this digest, if the viewer may read it. */
	@Transactional(readOnly = true)
	public Optional<String> file(Actor actor, UUID id, String sha256) {
		Entrustment e = repository.find(id).orElseThrow(AppraisalScope::notFound);
		Grant g = access.grant(actor, e);
		List<Assignment> all = repository.assignments(id);
		if (g.is(Level.INSTITUTION)) {
			all = all.stream().filter(a -> a.institutionId().equals(g.institution().id())).toList();
		}
		boolean known = all.stream().anyMatch(a -> sha256.equals(a.letterSha256()) || sha256.equals(a.reportSha256())
				|| repository.materialRequests(a.id()).stream().anyMatch(m -> sha256.equals(m.fileSha256())));
		if (known) {
			audit.record(actor, "appraisal.file.download", "appraisal-entrustment", id.toString(),
					org.smartcourt.audit.AuditOutcome.SUCCESS, sha256.substring(0, 12));
		}
		return known ? Optional.of(sha256) : Optional.empty();
	}

	/** The entrustments of the party's cases that are in this state now, for the portal's banner. */
	private Line line(Entrustment e) {
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		String institution = a == null ? null : roster.find(a.institutionId()).map(Institution::name).orElse(null);
		LocalDate due = null;
		boolean overdue = false;
		Long daysLeft = null;
		if (a != null && a.accepted() && e.status().running()) {
			AppraisalPeriod.Due d = held.due(e, a);
			due = d.due();
			LocalDate today = LocalDate.now(clock);
			daysLeft = ChronoUnit.DAYS.between(today, due);
			overdue = !d.waiting() && today.isAfter(due);
		}
		return new Line(e.id(), e.caseNumber(), e.matter(), fields.name(e.field()), e.status(), institution, due, daysLeft,
				overdue, e.reselectionRequestedBy() != null);
	}

	private static Line hideOthers(Line l) {
		return new Line(l.id(), l.caseNumber(), l.matter(), l.fieldName(), EntrustmentStatus.TERMINATED, null, null, null,
				false, false);
	}

	private AssignmentView view(Assignment a, Map<UUID, String> names) {
		return new AssignmentView(a, names.getOrDefault(a.institutionId(), ""), ledgerIndex(a.letterSha256()),
				ledgerIndex(a.reportSha256()), repository.materialRequests(a.id()), repository.extensions(a.id()),
				repository.objections(a.id()), held.replyBy(a));
	}

	private Long ledgerIndex(String sha256) {
		if (sha256 == null) {
			return null;
		}
		return ledger.findByDigest(EntryType.STORED_FILE, HexFormat.of().parseHex(sha256))
			.map(entry -> entry.index().value())
			.orElse(null);
	}

}
