package org.smartcourt.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 名册管理 (2002 规定 arts. 3–9, 16): the appraisal office of a court enters institutions with their licence and fields,
 * appraisers, annual reviews and declared conflicts, removes an entry (除名) with reason and date and reinstates it.
 * Every change is audited; bad input changes nothing.
 */
@Service
public class AppraisalRoster {

	private final RosterRepository repository;
	private final AppraisalFields fields;
	private final Performance performance;
	private final AuditTrail audit;
	private final Clock clock;

	AppraisalRoster(RosterRepository repository, AppraisalFields fields, Performance performance, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.fields = fields;
		this.performance = performance;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the office enters for a new institution. */
	public record NewInstitution(String name, String licence, LocalDate licenceValidUntil, String phone, String account,
			Set<String> fields) {
	}

	/** A roster line as shown: the entry, whether it may be chosen today and why not, and its record. */
	public record Entry(Institution institution, String unqualifiedReason, Performance.Record record) {

		public boolean qualified() {
			return unqualifiedReason == null;
		}
	}

	/** The institution page. */
	public record Page(Entry entry, List<RosterRepository.Conflict> conflicts, List<RosterRepository.Event> events) {
	}

	@Transactional(readOnly = true)
	public List<Entry> roster(Actor actor) {
		CourtId court = courtOf(actor);
		LocalDate today = LocalDate.now(clock);
		return repository.ofCourt(court).stream().map(i -> entry(i, today)).toList();
	}

	@Transactional(readOnly = true)
	public Page page(Actor actor, UUID id) {
		Institution i = readable(actor, id);
		return new Page(entry(i, LocalDate.now(clock)), repository.conflicts(id), repository.events(id));
	}

	@Transactional
	public Institution register(Actor actor, NewInstitution form) {
		CourtId court = courtOf(actor);
		AppraisalScope.requireOffice(actor, court);
		List<FieldProblem> problems = new ArrayList<>();
		String name = Texts.required(form.name(), "name", 100, problems);
		String licence = Texts.required(form.licence(), "licence", 60, problems);
		if (form.licenceValidUntil() == null) {
			problems.add(new FieldProblem("licenceValidUntil", "required", "validation.appraisal.required"));
		}
		Set<String> chosen = form.fields() == null ? Set.of() : form.fields();
		if (chosen.isEmpty()) {
			problems.add(new FieldProblem("fields", "required", "validation.appraisal.fields"));
		}
		chosen.stream().filter(f -> fields.find(f).isEmpty()).findFirst()
			.ifPresent(f -> problems.add(new FieldProblem("fields", "unknown", "validation.appraisal.field-unknown")));
		if (licence != null && repository.licenceTaken(court, licence)) {
			problems.add(new FieldProblem("licence", "taken", "validation.appraisal.licence-taken"));
		}
		Texts.check(problems);
		Institution i = new Institution(UUID.randomUUID(), court, name, licence, form.licenceValidUntil(),
				Texts.optional(form.phone(), 30), Texts.optional(form.account(), 60), null, null, chosen, Map.of(),
				List.of());
		repository.insert(i, clock.instant());
		audit.success("appraisal.roster.register", "appraisal-institution", i.id().toString());
		return i;
	}

	@Transactional
	public void addAppraiser(Actor actor, UUID id, String name, String certificate, String field) {
		Institution i = managed(actor, id);
		List<FieldProblem> problems = new ArrayList<>();
		String n = Texts.required(name, "appraiserName", 60, problems);
		String c = Texts.required(certificate, "certificate", 60, problems);
		if (field == null || !i.fields().contains(field)) {
			problems.add(new FieldProblem("appraiserField", "unknown", "validation.appraisal.field-unknown"));
		}
		Texts.check(problems);
		repository.addAppraiser(id, new Institution.Appraiser(UUID.randomUUID(), n, c, field));
		audit.success("appraisal.roster.appraiser", "appraisal-institution", id.toString());
	}

	@Transactional
	public void recordReview(Actor actor, UUID id, Integer year, boolean passed, String note) {
		managed(actor, id);
		int thisYear = LocalDate.now(clock).getYear();
		if (year == null || year < 2000 || year > thisYear) {
			Texts.check(List.of(new FieldProblem("year", "range", "validation.appraisal.year")));
		}
		repository.saveReview(id, new Institution.AnnualReview(year, passed, Texts.optional(note, 300)), clock.instant());
		audit.record(actor, "appraisal.roster.review", "appraisal-institution", id.toString(),
				org.smartcourt.audit.AuditOutcome.SUCCESS, year + (passed ? " 通过" : " 未通过"));
	}

	@Transactional
	public void renewLicence(Actor actor, UUID id, LocalDate validUntil) {
		managed(actor, id);
		if (validUntil == null) {
			Texts.check(List.of(new FieldProblem("licenceValidUntil", "required", "validation.appraisal.required")));
		}
		repository.updateLicence(id, validUntil);
		audit.success("appraisal.roster.licence", "appraisal-institution", id.toString());
	}

	@Transactional
	public void declareConflict(Actor actor, UUID id, String person, String reason) {
		managed(actor, id);
		List<FieldProblem> problems = new ArrayList<>();
		String p = Texts.required(person, "person", 100, problems);
		String r = Texts.required(reason, "conflictReason", 300, problems);
		Texts.check(problems);
		repository.addConflict(id, p, r, clock.instant());
		audit.success("appraisal.roster.conflict", "appraisal-institution", id.toString());
	}

	/** 除名 (2002 规定 art. 16). */
	@Transactional
	public void remove(Actor actor, UUID id, String reason) {
		Institution i = managed(actor, id);
		if (i.removed()) {
			throw DomainException.conflict("appraisal-roster-state", "problem.appraisal-roster-state.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "removalReason", 500, problems);
		Texts.check(problems);
		LocalDate today = LocalDate.now(clock);
		repository.setRemoved(id, today, r);
		repository.addEvent(id, "REMOVED", today, r, actor.username(), clock.instant());
		audit.success("appraisal.roster.remove", "appraisal-institution", id.toString());
	}

	@Transactional
	public void reinstate(Actor actor, UUID id, String reason) {
		Institution i = managed(actor, id);
		if (!i.removed()) {
			throw DomainException.conflict("appraisal-roster-state", "problem.appraisal-roster-state.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "reinstateReason", 500, problems);
		Texts.check(problems);
		repository.setRemoved(id, null, null);
		repository.addEvent(id, "REINSTATED", LocalDate.now(clock), r, actor.username(), clock.instant());
		audit.success("appraisal.roster.reinstate", "appraisal-institution", id.toString());
	}

	private Entry entry(Institution i, LocalDate today) {
		return new Entry(i, i.unqualifiedReason(today).orElse(null), performance.of(i.id()));
	}

	private Institution readable(Actor actor, UUID id) {
		Institution i = repository.find(id).orElseThrow(AppraisalScope::notFound);
		if (actor.role() == org.smartcourt.shared.Role.APPRAISAL_INSTITUTION && actor.username().equals(i.account())) {
			return i;
		}
		AppraisalScope.requireStaffOf(actor, i.court());
		return i;
	}

	private Institution managed(Actor actor, UUID id) {
		Institution i = repository.find(id).orElseThrow(AppraisalScope::notFound);
		AppraisalScope.requireOffice(actor, i.court());
		return i;
	}

	private static CourtId courtOf(Actor actor) {
		if (!actor.isStaff()) {
			throw AppraisalScope.notFound();
		}
		return actor.court();
	}
}
