package org.smartcourt.filing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.Procedure;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.internal.FilingRegistration;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The filing clerks' screens: the registration queue (nearest statutory deadline first, overdue marked), decisions,
 * the cross-domain intake of a cooperating court and the cross-domain service report.
 */
@Controller
@PreAuthorize("hasRole('FILING_CLERK')")
class ClerkFilingController {

	private final FilingRegistration registration;
	private final FilingPageModel pages;
	private final Clock clock;
	private final Duration forwardTarget;
	private final Duration decisionTarget;

	ClerkFilingController(FilingRegistration registration, FilingPageModel pages, Clock clock,
			@Value("${smartcourt.filing.cross-domain.forward-target:PT4H}") Duration forwardTarget,
			@Value("${smartcourt.filing.cross-domain.decision-target:P1D}") Duration decisionTarget) {
		this.registration = registration;
		this.pages = pages;
		this.clock = clock;
		this.forwardTarget = forwardTarget;
		this.decisionTarget = decisionTarget;
	}

	@GetMapping("/clerk/filings")
	String queue(Model model) {
		model.addAttribute("filings", registration.queue(CurrentActor.require()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("courtNames", pages.courtNames());
		return "filing/queue";
	}

	@GetMapping("/clerk/intake")
	String intake(Model model) {
		model.addAttribute("filings", registration.intake(CurrentActor.require()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("forwardTarget", forwardTarget);
		model.addAttribute("courtNames", pages.courtNames());
		return "filing/intake";
	}

	@GetMapping("/clerk/cross-domain")
	String report(Model model) {
		var rows = registration.crossDomain(CurrentActor.require())
			.stream()
			.map(f -> CrossDomainRow.of(f, pages, clock.instant(), forwardTarget, decisionTarget))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("forwardTarget", forwardTarget);
		model.addAttribute("decisionTarget", decisionTarget);
		return "filing/cross-domain";
	}

	@PostMapping("/clerk/filings/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) Procedure procedure,
			RedirectAttributes redirect) {
		registration.accept(CurrentActor.require(), new FilingId(id), procedure);
		redirect.addFlashAttribute("notice", "filing.clerk.accepted");
		return "redirect:/filings/" + id;
	}

	@PostMapping("/clerk/filings/{id}/correction")
	String correction(@PathVariable UUID id, @RequestParam(defaultValue = "") String items,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate correctBy,
			RedirectAttributes redirect) {
		List<String> list = Arrays.stream(items.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		try {
			registration.requestCorrection(CurrentActor.require(), new FilingId(id), list, note, correctBy);
			redirect.addFlashAttribute("notice", "filing.clerk.correction-sent");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("decisionError", "validation.filing.correction.items");
		}
		return "redirect:/filings/" + id;
	}

	@PostMapping("/clerk/filings/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam(defaultValue = "") String reasons,
			RedirectAttributes redirect) {
		try {
			registration.refuse(CurrentActor.require(), new FilingId(id), reasons);
			redirect.addFlashAttribute("notice", "filing.clerk.refused");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("decisionError", "validation.filing.refusal.reasons");
		}
		return "redirect:/filings/" + id;
	}

	@PostMapping("/clerk/filings/{id}/identity-check")
	String identityCheck(@PathVariable UUID id, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "false") boolean passed, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			registration.checkIdentity(CurrentActor.require(), new FilingId(id), method, passed, note);
			redirect.addFlashAttribute("notice", "filing.clerk.identity-checked");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("decisionError", "validation.filing.identity.method");
		}
		return "redirect:/filings/" + id;
	}

	@PostMapping("/clerk/filings/{id}/forward")
	String forward(@PathVariable UUID id, RedirectAttributes redirect) {
		registration.forward(CurrentActor.require(), new FilingId(id));
		redirect.addFlashAttribute("notice", "filing.clerk.forwarded");
		return "redirect:/clerk/intake";
	}
}
