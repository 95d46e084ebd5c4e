package org.smartcourt.appraisal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.appraisal.internal.AppraisalRoster;
import org.smartcourt.appraisal.internal.AppraisalSelection;
import org.smartcourt.appraisal.internal.EntrustmentViews;
import org.smartcourt.appraisal.internal.InstitutionProgress;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 司法鉴定 JSON API under {@code /api/v1/appraisal}: the roster, entrustments (list for the caller's role, one with its
 * steps), the commands of the flow and a draw's replay. Refusals are RFC 9457 Problem Details in Chinese with field
 * errors; a refused command changes nothing.
 */
@RestController
@RequestMapping("/api/v1/appraisal")
class AppraisalApiController {

	private final AppraisalRoster roster;
	private final AppraisalSelection selection;
	private final InstitutionProgress progress;
	private final EntrustmentViews views;

	AppraisalApiController(AppraisalRoster roster, AppraisalSelection selection, InstitutionProgress progress,
			EntrustmentViews views) {
		this.roster = roster;
		this.selection = selection;
		this.progress = progress;
		this.views = views;
	}

	/** A new roster entry. */
	record InstitutionRequest(String name, String licence, LocalDate licenceValidUntil, String phone, String account,
			Set<String> fields) {
	}

	/** A roster line. */
	record InstitutionResponse(UUID id, String name, String licence, LocalDate licenceValidUntil, Set<String> fields,
			boolean qualified, String unqualifiedReason, Integer onTimeRate, long late, long objections, long declined) {

		static InstitutionResponse of(AppraisalRoster.Entry e) {
			return new InstitutionResponse(e.institution().id(), e.institution().name(), e.institution().licence(),
					e.institution().licenceValidUntil(), e.institution().fields(), e.qualified(), e.unqualifiedReason(),
					e.record().onTimeRate(), e.record().late(), e.record().objections(), e.record().declined());
		}
	}

	/** The judge's request. */
	record EntrustmentRequest(String matter, String scope, String purpose, String field, Boolean complex,
			String materials, LocalDate materialsExaminedOn) {
	}

	record Created(UUID id) {
	}

	record ScheduleRequest(Instant drawAt) {
	}

	record ChoiceRequest(UUID institution) {
	}

	record AcceptRequest(Boolean undertaking, BigDecimal feeQuoted) {
	}

	record TextRequest(String text) {
	}

	record ExtensionRequest(String reason, LocalDate until) {
	}

	record DecisionRequest(Boolean approve, LocalDate newDue) {
	}

	/** A draw as stored. */
	record DrawResponse(UUID id, int round, long seed, String algorithm, String fingerprint, UUID chosen,
			String attendance) {
	}

	/** A draw run again: 一致 when {@code matches}. */
	record ReplayResponse(UUID drawId, long seed, String algorithm, List<String> candidates, List<String> excluded,
			UUID recorded, UUID replayed, boolean sameCandidates, boolean matches, String verdict) {
	}

	/** One entrustment. */
	record EntrustmentResponse(UUID id, String caseNumber, String matter, String field, String status,
			String institution, LocalDate dueOn, boolean overdue, List<DrawResponse> draws, List<AssignmentResponse> assignments) {
	}

	record AssignmentResponse(UUID id, int round, String institution, String via, String outcome, LocalDate acceptedOn,
			LocalDate dueOn, String letterSha256, Long letterLedgerIndex, String reportSha256, Long reportLedgerIndex,
			String refund) {
	}

	@GetMapping("/roster")
	List<InstitutionResponse> roster() {
		return roster.roster(CurrentActor.require()).stream().map(InstitutionResponse::of).toList();
	}

	@PostMapping("/roster")
	ResponseEntity<Created> register(@RequestBody InstitutionRequest r) {
		UUID id = roster.register(CurrentActor.require(), new AppraisalRoster.NewInstitution(r.name(), r.licence(),
				r.licenceValidUntil(), r.phone(), r.account(), r.fields() == null ? Set.of() : r.fields())).id();
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
	}

	@GetMapping("/entrustments")
	List<EntrustmentViews.Line> list() {
		Actor actor = CurrentActor.require();
		if (actor.role() == Role.APPRAISAL_INSTITUTION) {
			return views.ofInstitution(actor);
		}
		return actor.isStaff() ? views.queue(actor) : views.ofParty(actor);
	}

	@GetMapping("/entrustments/{id}")
	EntrustmentResponse one(@PathVariable UUID id) {
		EntrustmentViews.Detail d = views.detail(CurrentActor.require(), id);
		return new EntrustmentResponse(d.entrustment().id(), d.entrustment().caseNumber(), d.entrustment().matter(),
				d.entrustment().field(), d.overdue() ? "OVERDUE" : d.entrustment().status().name(),
				d.current() == null ? null : d.current().institution(), d.due() == null ? null : d.due().due(), d.overdue(),
				d.draws().stream().map(x -> new DrawResponse(x.id(), x.round(), x.seed(), x.algorithm(), x.fingerprint(),
						x.chosen(), x.attendance())).toList(),
				d.assignments().stream().map(a -> new AssignmentResponse(a.assignment().id(), a.assignment().round(),
						a.institution(), a.assignment().via(), a.assignment().outcome(), a.assignment().acceptedOn(),
						a.assignment().dueOn(), a.assignment().letterSha256(), a.letterLedgerIndex(),
						a.assignment().reportSha256(), a.reportLedgerIndex(), a.assignment().refund())).toList());
	}

	@PostMapping("/cases/{caseId}/entrustments")
	ResponseEntity<Created> request(@PathVariable UUID caseId, @RequestBody EntrustmentRequest r) {
		UUID id = selection.request(CurrentActor.require(), new CaseId(caseId), new AppraisalSelection.Request(
				r.matter(), r.scope(), r.purpose(), r.field(), Boolean.TRUE.equals(r.complex()), r.materials(),
				r.materialsExaminedOn()));
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
	}

	@PostMapping("/entrustments/{id}/choice")
	ResponseEntity<Void> choose(@PathVariable UUID id, @RequestBody ChoiceRequest r) {
		selection.choose(CurrentActor.require(), id, r.institution());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/agreement")
	ResponseEntity<Void> agreement(@PathVariable UUID id, @RequestBody ChoiceRequest r) {
		selection.confirmAgreement(CurrentActor.require(), id, r.institution());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/draw-schedule")
	ResponseEntity<Void> schedule(@PathVariable UUID id, @RequestBody ScheduleRequest r) {
		selection.scheduleDraw(CurrentActor.require(), id, r.drawAt());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/draw")
	DrawResponse draw(@PathVariable UUID id) {
		var d = selection.draw(CurrentActor.require(), id);
		return new DrawResponse(d.id(), d.round(), d.seed(), d.algorithm(), d.fingerprint(), d.chosen(), d.attendance());
	}

	@GetMapping("/entrustments/{id}/draws/{drawId}/replay")
	ReplayResponse replay(@PathVariable UUID id, @PathVariable UUID drawId) {
		EntrustmentViews.ReplayView r = views.replay(CurrentActor.require(), id, drawId);
		return new ReplayResponse(r.draw().id(), r.draw().seed(), r.draw().algorithm(),
				r.candidates().stream().map(c -> c.name() + "（" + c.licence() + "）").toList(),
				r.excluded().stream().map(x -> x.name() + "：" + x.reason()).toList(), r.replay().recorded().id(),
				r.replay().replayed() == null ? null : r.replay().replayed().id(), r.replay().sameCandidates(),
				r.replay().matches(), r.replay().matches() ? "一致" : "不一致");
	}

	@PostMapping("/entrustments/{id}/acceptance")
	ResponseEntity<Void> accept(@PathVariable UUID id, @RequestBody AcceptRequest r) {
		progress.accept(CurrentActor.require(), id, Boolean.TRUE.equals(r.undertaking()), r.feeQuoted());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/refusal")
	ResponseEntity<Void> decline(@PathVariable UUID id, @RequestBody TextRequest r) {
		progress.decline(CurrentActor.require(), id, r.text());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/material-requests")
	ResponseEntity<Void> material(@PathVariable UUID id, @RequestBody TextRequest r) {
		progress.requestMaterial(CurrentActor.require(), id, r.text());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/extension-requests")
	ResponseEntity<Void> extension(@PathVariable UUID id, @RequestBody ExtensionRequest r) {
		progress.requestExtension(CurrentActor.require(), id, r.reason(), r.until());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/extension-requests/{extensionId}")
	ResponseEntity<Void> decide(@PathVariable UUID id, @PathVariable UUID extensionId, @RequestBody DecisionRequest r) {
		progress.decideExtension(CurrentActor.require(), id, extensionId, Boolean.TRUE.equals(r.approve()), r.newDue());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/report")
	ResponseEntity<Void> report(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws Exception {
		progress.uploadReport(CurrentActor.require(), id, file.getOriginalFilename(),
				file.isEmpty() ? null : file.getInputStream());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/reselection-request")
	ResponseEntity<Void> requestReselection(@PathVariable UUID id) {
		selection.requestReselection(CurrentActor.require(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/entrustments/{id}/reselection")
	DrawResponse reselect(@PathVariable UUID id) {
		var d = selection.reselect(CurrentActor.require(), id);
		return new DrawResponse(d.id(), d.round(), d.seed(), d.algorithm(), d.fingerprint(), d.chosen(), d.attendance());
	}
}
