package org.smartcourt.appraisal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.appraisal.internal.AppraisalFields;
import org.smartcourt.appraisal.internal.AppraisalRoster;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster (名册) pages: the list with qualification and record, and one institution with the office's forms. */
@Controller
class RosterPageController {

	private final AppraisalRoster roster;
	private final AppraisalFields fields;
	private final FormProblems problems;

	RosterPageController(AppraisalRoster roster, AppraisalFields fields, FormProblems problems) {
		this.roster = roster;
		this.fields = fields;
		this.problems = problems;
	}

	@GetMapping("/appraisal/roster")
	String roster(Model model) {
		model.addAttribute("entries", roster.roster(CurrentActor.require()));
		model.addAttribute("fields", fields);
		model.addAttribute("office", CurrentActor.require().role() == org.smartcourt.shared.Role.APPRAISAL);
		return "appraisal/roster";
	}

	@PostMapping("/appraisal/roster")
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String licence,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidUntil,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String account,
			@RequestParam(required = false) List<String> field, Model model, RedirectAttributes redirect) {
		try {
			UUID id = roster.register(CurrentActor.require(), new AppraisalRoster.NewInstitution(name, licence, licenceValidUntil,
					phone, account, field == null ? Set.of() : Set.copyOf(field))).id();
			redirect.addFlashAttribute("done", "appraisal.done.registered");
			return "redirect:/appraisal/roster/" + id;
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return roster(model);
		}
	}

	@GetMapping("/appraisal/roster/{id}")
	String institution(@PathVariable UUID id, Model model) {
		model.addAttribute("page", roster.page(CurrentActor.require(), id));
		model.addAttribute("fields", fields);
		model.addAttribute("office", CurrentActor.require().role() == org.smartcourt.shared.Role.APPRAISAL);
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return "appraisal/institution";
	}

	@PostMapping("/appraisal/roster/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean passed, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> roster.recordReview(CurrentActor.require(), id, year, passed, note));
	}

	@PostMapping("/appraisal/roster/{id}/appraisers")
	String appraiser(@PathVariable UUID id, @RequestParam(required = false) String appraiserName,
			@RequestParam(required = false) String certificate, @RequestParam(required = false) String appraiserField,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> roster.addAppraiser(CurrentActor.require(), id, appraiserName, certificate, appraiserField));
	}

	@PostMapping("/appraisal/roster/{id}/conflicts")
	String conflict(@PathVariable UUID id, @RequestParam(required = false) String person,
			@RequestParam(required = false) String conflictReason, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect,
				() -> roster.declareConflict(CurrentActor.require(), id, person, conflictReason));
	}

	@PostMapping("/appraisal/roster/{id}/licence")
	String licence(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidUntil,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, () -> roster.renewLicence(CurrentActor.require(), id, licenceValidUntil));
	}

	@PostMapping("/appraisal/roster/{id}/removal")
	String remove(@PathVariable UUID id, @RequestParam(required = false) String removalReason, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> roster.remove(CurrentActor.require(), id, removalReason));
	}

	@PostMapping("/appraisal/roster/{id}/reinstatement")
	String reinstate(@PathVariable UUID id, @RequestParam(required = false) String reinstateReason, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, () -> roster.reinstate(CurrentActor.require(), id, reinstateReason));
	}

	private String command(UUID id, Model model, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", "appraisal.done.saved");
			return "redirect:/appraisal/roster/" + id;
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return institution(id, model);
		}
	}
}
