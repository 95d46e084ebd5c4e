package org.smartcourt.filing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.catalogue.Causes;
import org.smartcourt.filing.AttachmentKind;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingCheckResult;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;
import org.smartcourt.filing.internal.FilingApplications;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The litigant's and lawyer's filing wizard (网上立案): court and case, parties, claims and facts, materials, then the
 * 预检 and submission. Every step saves the draft; the 预检 shows every problem with a link to the step that fixes it.
 */
@Controller
@PreAuthorize("hasAnyRole('LITIGANT','LAWYER')")
class FilingWizardController {

	static final List<String> STEPS = List.of("court", "parties", "claims", "materials", "review");

	private final FilingApplications applications;
	private final FilingPageModel pages;
	private final Causes causes;
	private final MessageSource messages;
	private final Clock clock;

	FilingWizardController(FilingApplications applications, FilingPageModel pages, Causes causes,
			MessageSource messages, Clock clock) {
		this.applications = applications;
		this.pages = pages;
		this.causes = causes;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The form a step posts into starts as the saved application, so a step changes only its own fields (a checkbox
	 * left unticked is still seen, through the {@code _field} marker Thymeleaf renders with it).
	 */
	@ModelAttribute("form")
	FilingForm savedForm(@PathVariable(required = false) UUID id) {
		return id == null ? new FilingForm()
				: FilingForm.of(applications.read(CurrentActor.require(), new FilingId(id)).content());
	}

	@GetMapping("/filings")
	String mine(Model model) {
		model.addAttribute("filings", applications.mine(CurrentActor.require()));
		model.addAttribute("newToken", UUID.randomUUID().toString());
		model.addAttribute("today", LocalDate.now(clock));
		return "filing/mine";
	}

	@PostMapping("/filings")
	String create(@RequestParam(required = false) String token) {
		FilingContent start = FilingContent.empty();
		Actor actor = CurrentActor.require();
		List<FilingContent.Party> parties = new ArrayList<>();
		parties.add(new FilingContent.Party(PartyRole.PLAINTIFF, PartyType.NATURAL_PERSON,
				actor.is(org.smartcourt.shared.Role.LITIGANT) ? actor.displayName() : null, null, null, null, null, null,
				List.of()));
		parties.add(new FilingContent.Party(PartyRole.DEFENDANT, PartyType.NATURAL_PERSON, null, null, null, null, null,
				null, List.of()));
		start = new FilingContent(null, null, FilingKind.CIVIL, RequestedProcedure.ORDINARY, null, parties, List.of(),
				null, List.of(), List.of());
		Filing filing = applications.create(actor, start, token == null || token.isBlank() ? null : token);
		return "redirect:/filings/" + filing.id() + "/edit/court";
	}

	@GetMapping("/filings/{id}/edit/{step}")
	String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String q,
			@RequestParam(required = false) String fix, Model model) {
		Filing filing = applications.read(CurrentActor.require(), new FilingId(id));
		if (!filing.status().isEditable()) {
			return "redirect:/filings/" + id;
		}
		return render(filing, FilingForm.of(filing.content()), step, q, model, List.of(), fix != null);
	}

	@PostMapping("/filings/{id}/edit/{step}")
	String save(@PathVariable UUID id, @PathVariable String step, @ModelAttribute("form") FilingForm form,
			@RequestParam(defaultValue = "next") String action, @RequestParam(required = false) String q,
			Model model) {
		Actor actor = CurrentActor.require();
		Filing current = applications.read(actor, new FilingId(id));
		List<Integer> badAmounts = new ArrayList<>();
		FilingContent content = form.toContent(current.content().attachments(), badAmounts);
		Filing saved = applications.revise(actor, current.id(), content);
		List<DomainException.FieldProblem> local = badAmounts.stream()
			.map(i -> new DomainException.FieldProblem("claims[" + i + "].amount", "format", "validation.filing.claim.amount"))
			.toList();
		switch (action) {
			case "addParty" -> form.getParties().add(new FilingForm.PartyForm());
			case "addClaim" -> form.getClaims().add(new FilingForm.ClaimForm());
			case "addEvidence" -> form.getEvidence().add(new FilingForm.EvidenceForm());
			case "searchCause" -> {
				return render(saved, form, step, q, model, local, true);
			}
			default -> {
				if (!local.isEmpty()) {
					return render(saved, form, step, q, model, local, true);
				}
				int next = Math.min(STEPS.indexOf(step) + 1, STEPS.size() - 1);
				return "redirect:/filings/" + id + "/edit/" + STEPS.get(next);
			}
		}
		return render(saved, form, step, q, model, local, true);
	}

	@PostMapping("/filings/{id}/attachments")
	String upload(@PathVariable UUID id, @RequestParam AttachmentKind kind, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		Actor actor = CurrentActor.require();
		Filing filing = applications.read(actor, new FilingId(id));
		try (var in = file.getInputStream()) {
			applications.attachFile(actor, filing.id(), kind, file.getOriginalFilename(), in);
			redirect.addFlashAttribute("notice", "filing.wizard.uploaded");
			return "redirect:/filings/" + id + "/edit/materials";
		}
		catch (DomainException ex) {
			return render(filing, FilingForm.of(filing.content()), "materials", null, model, ex.fieldProblems(), true);
		}
	}

	@PostMapping("/filings/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam(required = false) String token, Model model) {
		Actor actor = CurrentActor.require();
		try {
			applications.submit(actor, new FilingId(id), token == null || token.isBlank() ? null : token);
			return "redirect:/filings/" + id + "?submitted";
		}
		catch (DomainException ex) {
			Filing filing = applications.read(actor, new FilingId(id));
			return render(filing, FilingForm.of(filing.content()), "review", null, model, ex.fieldProblems(), true);
		}
	}

	private String render(Filing filing, FilingForm form, String step, String q, Model model,
			List<DomainException.FieldProblem> extra, boolean showErrors) {
		if (!STEPS.contains(step)) {
			step = STEPS.get(0);
		}
		for (PartyRole role : List.of(PartyRole.PLAINTIFF, PartyRole.DEFENDANT)) {
			if (form.getParties().stream().noneMatch(p -> p.getRole() == role)) {
				FilingForm.PartyForm row = new FilingForm.PartyForm();
				row.setRole(role);
				form.getParties().add(role == PartyRole.PLAINTIFF ? 0 : form.getParties().size(), row);
			}
		}
		if (form.getClaims().isEmpty()) {
			form.getClaims().add(new FilingForm.ClaimForm());
		}
		if (form.getEvidence().isEmpty()) {
			form.getEvidence().add(new FilingForm.EvidenceForm());
		}
		Actor actor = CurrentActor.require();
		FilingCheckResult check = applications.check(actor, filing.content());
		List<DomainException.FieldProblem> problems = new ArrayList<>(check.problems());
		problems.addAll(extra);
		Map<String, String> errors = pages.messages(problems);
		model.addAttribute("filing", filing);
		model.addAttribute("form", form);
		model.addAttribute("step", step);
		model.addAttribute("steps", STEPS);
		model.addAttribute("check", CheckView.of(new FilingCheckResult(problems, check.checklist(),
				check.jurisdictionHints(), check.fee()), messages));
		model.addAttribute("errors", showErrors || "review".equals(step) ? errors : Map.of());
		model.addAttribute("q", q);
		model.addAttribute("causeMatches", q == null || q.isBlank() ? List.of() : causes.search(q.trim(), 20));
		model.addAttribute("selectedCause",
				filing.content().causeCode() == null ? null : causes.find(filing.content().causeCode()).orElse(null));
		pages.addChoices(model);
		return "filing/wizard";
	}
}
