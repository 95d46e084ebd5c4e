package org.smartcourt.appraisal.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.smartcourt.appraisal.internal.AppraisalFields;
import org.smartcourt.appraisal.internal.AppraisalSelection;
import org.smartcourt.appraisal.internal.CourtReview;
import org.smartcourt.appraisal.internal.EntrustmentViews;
import org.smartcourt.appraisal.internal.InstitutionProgress;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.smartcourt.shared.Role;
import org.smartcourt.storage.FileStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrustment pages: the office's queue (/appraisal), one entrustment (/appraisal/{id}, also reached as
 * /my/appraisals/{id} by parties and /institution/entrustments/{id} by the institution) with each viewer's forms, the
 * live draw fragment the parties' page polls, a draw's replay, and the files. Commands go through
 * {@link AppraisalSelection}, {@link InstitutionProgress} and {@link CourtReview}, which check who may act.
 */
@Controller
class AppraisalPageController {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	private final AppraisalSelection selection;
	private final InstitutionProgress progress;
	private final CourtReview review;
	private final EntrustmentViews views;
	private final AppraisalFields fields;
	private final FileStore files;
	private final FormProblems problems;

	AppraisalPageController(AppraisalSelection selection, InstitutionProgress progress, CourtReview review,
			EntrustmentViews views, AppraisalFields fields, FileStore files,
			FormProblems problems) {
		this.selection = selection;
		this.progress = progress;
		this.review = review;
		this.views = views;
		this.fields = fields;
		this.files = files;
		this.problems = problems;
	}

	@GetMapping("/appraisal")
	String queue(Model model) {
		model.addAttribute("lines", views.queue(CurrentActor.require()));
		return "appraisal/queue";
	}

	@GetMapping("/my/appraisals")
	String mine(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("lines", actor.role() == Role.APPRAISAL_INSTITUTION ? views.ofInstitution(actor)
				: views.ofParty(actor));
		return "appraisal/mine";
	}

	@GetMapping("/institution")
	String institution(Model model) {
		model.addAttribute("lines", views.ofInstitution(CurrentActor.require()));
		return "appraisal/portal";
	}

	@GetMapping({ "/appraisal/{id}", "/my/appraisals/{id}", "/institution/entrustments/{id}" })
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		EntrustmentViews.Detail d = views.detail(actor, id);
		if (d.party()) {
			selection.attend(actor, id);
		}
		model.addAttribute("d", d);
		model.addAttribute("now", LocalDateTime.now(COURT_ZONE).withSecond(0).withNano(0));
		model.addAttribute("today", LocalDate.now(COURT_ZONE));
		return "appraisal/entrustment";
	}

	@GetMapping("/appraisal/{id}/draw-status")
	String drawStatus(@PathVariable UUID id, Model model) {
		model.addAttribute("d", views.detail(CurrentActor.require(), id));
		return "appraisal/entrustment :: draw-status";
	}

	@GetMapping("/appraisal/{id}/draws/{drawId}/replay")
	String replay(@PathVariable UUID id, @PathVariable UUID drawId, Model model) {
		model.addAttribute("r", views.replay(CurrentActor.require(), id, drawId));
		return "appraisal/replay";
	}

	@GetMapping("/appraisal/{id}/files/{sha256}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable String sha256) {
		String known = views.file(CurrentActor.require(), id, sha256).orElseThrow(() -> DomainException
			.notFound("appraisal-not-found", "problem.appraisal-not-found.detail"));
		var stored = files.find(known).orElseThrow();
		InputStream content = files.open(known).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(stored.originalName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(content));
	}

	@PostMapping("/cases/{caseId}/appraisals")
	String request(@PathVariable UUID caseId, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String field, @RequestParam(defaultValue = "false") boolean complex,
			@RequestParam(required = false) String materials,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate materialsExaminedOn,
			RedirectAttributes redirect) {
		try {
			UUID id = selection.request(CurrentActor.require(), new CaseId(caseId),
					new AppraisalSelection.Request(matter, scope, purpose, field, complex, materials, materialsExaminedOn));
			redirect.addFlashAttribute("done", "appraisal.done.requested");
			return "redirect:/appraisal/" + id;
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID_INPUT) {
				throw ex;
			}
			redirect.addFlashAttribute("appraisalProblem", "appraisal.request.invalid");
			return "redirect:/cases/" + caseId + "#appraisal";
		}
	}

	@PostMapping("/appraisal/{id}/choice")
	String choose(@PathVariable UUID id, @RequestParam(required = false) UUID institution, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.choose(CurrentActor.require(), id, institution));
	}

	@PostMapping("/appraisal/{id}/agreement")
	String agreement(@PathVariable UUID id, @RequestParam(required = false) UUID institution, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.confirmAgreement(CurrentActor.require(), id, institution));
	}

	@PostMapping("/appraisal/{id}/draw-schedule")
	String schedule(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime drawAt,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.scheduleDraw(CurrentActor.require(), id,
				drawAt == null ? null : drawAt.atZone(COURT_ZONE).toInstant()));
	}

	@PostMapping("/appraisal/{id}/draw")
	String draw(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.draw(CurrentActor.require(), id));
	}

	@PostMapping("/appraisal/{id}/recusal")
	String recusal(@PathVariable UUID id, @RequestParam(required = false) UUID institution,
			@RequestParam(required = false) String recusalReason, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> review.recordRecusal(CurrentActor.require(), id, institution, recusalReason));
	}

	@PostMapping("/appraisal/{id}/acceptance")
	String accept(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean undertaking,
			@RequestParam(required = false) BigDecimal feeQuoted, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> progress.accept(CurrentActor.require(), id, undertaking, feeQuoted));
	}

	@PostMapping("/appraisal/{id}/refusal")
	String decline(@PathVariable UUID id, @RequestParam(required = false) String declineReason, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> progress.decline(CurrentActor.require(), id, declineReason));
	}

	@PostMapping("/appraisal/{id}/material-requests")
	String requestMaterial(@PathVariable UUID id, @RequestParam(required = false) String what, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> progress.requestMaterial(CurrentActor.require(), id, what));
	}

	@PostMapping("/appraisal/{id}/material-requests/{requestId}")
	String supplyMaterial(@PathVariable UUID id, @PathVariable UUID requestId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> progress.supplyMaterial(CurrentActor.require(), id, requestId,
				name(file), stream(file), note));
	}

	@PostMapping("/appraisal/{id}/extension-requests")
	String requestExtension(@PathVariable UUID id, @RequestParam(required = false) String extensionReason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> progress.requestExtension(CurrentActor.require(), id, extensionReason, until));
	}

	@PostMapping("/appraisal/{id}/extension-requests/{extensionId}")
	String decideExtension(@PathVariable UUID id, @PathVariable UUID extensionId,
			@RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDue, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> progress.decideExtension(CurrentActor.require(), id, extensionId, approve, newDue));
	}

	@PostMapping("/appraisal/{id}/report")
	String report(@PathVariable UUID id, @RequestParam(required = false) MultipartFile report, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> progress.uploadReport(CurrentActor.require(), id, name(report), stream(report)));
	}

	@PostMapping("/appraisal/{id}/objection-period")
	String objectionPeriod(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate objectionUntil,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> review.setObjectionPeriod(CurrentActor.require(), id, objectionUntil));
	}

	@PostMapping("/appraisal/{id}/objections")
	String object(@PathVariable UUID id, @RequestParam(required = false) String objection, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> review.object(CurrentActor.require(), id, objection));
	}

	@PostMapping("/appraisal/{id}/objections/{objectionId}")
	String answer(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestParam(required = false) String answer,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> review.answerObjection(CurrentActor.require(), id, objectionId, answer));
	}

	@PostMapping("/appraisal/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(required = false) String attendance, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> review.recordAttendance(CurrentActor.require(), id, attendance));
	}

	@PostMapping("/appraisal/{id}/reselection-request")
	String requestReselection(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.requestReselection(CurrentActor.require(), id));
	}

	@PostMapping("/appraisal/{id}/reselection")
	String reselect(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> selection.reselect(CurrentActor.require(), id));
	}

	@PostMapping("/appraisal/{id}/fee")
	String fee(@PathVariable UUID id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String paidBy, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> review.recordFee(CurrentActor.require(), id, amount, paidBy));
	}

	@PostMapping("/appraisal/{id}/refunds/{assignmentId}")
	String refund(@PathVariable UUID id, @PathVariable UUID assignmentId, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> review.markRefunded(CurrentActor.require(), id, assignmentId));
	}

	@PostMapping("/appraisal/{id}/termination")
	String terminate(@PathVariable UUID id, @RequestParam(required = false) String terminateReason, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> review.terminate(CurrentActor.require(), id, terminateReason));
	}

	private String command(UUID id, Model model, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", "appraisal.done.saved");
			return "redirect:" + home(id);
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return detail(id, model);
		}
	}

	private static String home(UUID id) {
		Actor actor = CurrentActor.require();
		if (actor.role() == Role.APPRAISAL_INSTITUTION) {
			return "/institution/entrustments/" + id;
		}
		if (actor.role() == Role.LITIGANT || actor.role() == Role.LAWYER) {
			return "/my/appraisals/" + id;
		}
		return "/appraisal/" + id;
	}

	private static String name(MultipartFile file) {
		return file == null || file.isEmpty() ? null : file.getOriginalFilename();
	}

	private static InputStream stream(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
