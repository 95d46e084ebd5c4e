package org.smartcourt.preservation.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.smartcourt.fees.Money;
import org.smartcourt.organization.Courts;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.LiftGround;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.Security;
import org.smartcourt.preservation.SecurityKind;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.PreservationApplications;
import org.smartcourt.preservation.internal.PreservationClocks;
import org.smartcourt.preservation.internal.PreservationLifting;
import org.smartcourt.preservation.internal.PreservationQueries;
import org.smartcourt.preservation.internal.PreservationRenewals;
import org.smartcourt.preservation.internal.PreservationRulings;
import org.smartcourt.preservation.internal.PreservationRulings.MeasureOrder;
import org.smartcourt.preservation.internal.PreservationScope;
import org.smartcourt.preservation.internal.PreservationWatch;
import org.smartcourt.preservation.internal.QueueFilter;
import org.smartcourt.preservation.internal.SuitConversion;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.smartcourt.storage.FileStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The preservation pages: the applicants' portal (/my/preservation: the form, their applications), the court queue
 * (/preservation, with clocks and filters) and one application (/preservation/{id}) with what the reader may do.
 */
@Controller
class PreservationPageController {

	private static final String REDIRECT = "redirect:/preservation/";

	private final PreservationApplications applications;
	private final PreservationRulings rulings;
	private final PreservationRenewals renewals;
	private final PreservationLifting lifting;
	private final SuitConversion suits;
	private final PreservationQueries queries;
	private final PreservationWatch watch;
	private final PreservationClocks clocks;
	private final Courts courts;
	private final FileStore files;
	private final FormProblems problems;
	private final Clock clock;

	PreservationPageController(PreservationApplications applications, PreservationRulings rulings,
			PreservationRenewals renewals, PreservationLifting lifting, SuitConversion suits, PreservationQueries queries,
			PreservationWatch watch, PreservationClocks clocks, Courts courts, FileStore files,
			FormProblems problems, Clock clock) {
		this.applications = applications;
		this.rulings = rulings;
		this.renewals = renewals;
		this.lifting = lifting;
		this.suits = suits;
		this.queries = queries;
		this.watch = watch;
		this.clocks = clocks;
		this.courts = courts;
		this.files = files;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/my/preservation")
	String portal(Model model) {
		return portalPage(CurrentActor.require(), ApplicationForm.empty(), model);
	}

	@PostMapping("/my/preservation")
	String apply(@ModelAttribute("form") ApplicationForm form, @RequestParam(required = false) String idempotencyKey,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			Application a = applications.apply(actor, form.command(), idempotencyKey);
			redirect.addFlashAttribute("done", "preservation.done.applied");
			return REDIRECT + a.id();
		}
		catch (DomainException ex) {
			problems.show(ex, model, ApplicationForm::formField);
			return portalPage(actor, form, model);
		}
	}

	private String portalPage(Actor actor, ApplicationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("mine", rows(queries.mine(actor)));
		model.addAttribute("courts", courts.all());
		model.addAttribute("kinds", PreservationKind.values());
		model.addAttribute("propertyKinds", PropertyKind.values());
		model.addAttribute("securityKinds", SecurityKind.values());
		model.addAttribute("grounds", NoSecurityGround.values());
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "preservation/portal";
	}

	@GetMapping("/preservation")
	String queue(@RequestParam(required = false) QueueFilter filter, Model model) {
		Actor actor = CurrentActor.require();
		if (PreservationScope.isApplicant(actor)) {
			return "redirect:/my/preservation";
		}
		QueueFilter f = filter == null ? QueueFilter.PENDING : filter;
		model.addAttribute("filter", f);
		model.addAttribute("clerk", actor.is(org.smartcourt.shared.Role.FILING_CLERK));
		model.addAttribute("filters", QueueFilter.values());
		model.addAttribute("rows", rows(queries.queue(actor, f)));
		return "preservation/queue";
	}

	/** A row of a list: the application, its running clock and its nearest expiry. */
	record Row(Application a, ClockView clock, LocalDate nearestExpiry) {
	}

	private List<Row> rows(List<Application> list) {
		return list.stream().map(a -> new Row(a, runningClock(a), a.activeMeasures()
			.stream()
			.map(m -> m.expiryDate())
			.min(LocalDate::compareTo)
			.orElse(null))).toList();
	}

	private ClockView runningClock(Application a) {
		if (a.status() == ApplicationStatus.SUBMITTED) {
			return ClockView.of(a.clockStart(), a.rulingDueAt(), clock.instant());
		}
		if (a.status() == ApplicationStatus.GRANTED) {
			return ClockView.of(a.ruledAt(), a.enforcementDueAt(), clock.instant());
		}
		return null;
	}

	@GetMapping({ "/preservation/{id}", "/my/preservation/{id}" })
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(CurrentActor.require(), id, model);
	}

	private String detailPage(Actor actor, UUID id, Model model) {
		Application a = applications.read(actor, new PreservationId(id));
		LocalDate today = LocalDate.now(clock);
		int longest = watch.leads().isEmpty() ? 7 : watch.leads().get(watch.leads().size() - 1);
		model.addAttribute("a", a);
		model.addAttribute("clock", runningClock(a));
		model.addAttribute("measures", a.measures().stream().map(m -> MeasureView.of(m, today, longest)).toList());
		model.addAttribute("applicant", PreservationScope.isApplicant(actor));
		model.addAttribute("decides", PreservationScope.decides(actor, a.court()));
		model.addAttribute("reviewLast", a.ruledAt() == null ? null
				: clocks.reviewApplication(a.ruledAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()).day());
		model.addAttribute("payment", applications.feePayment(actor, a).orElse(null));
		model.addAttribute("ceiling", org.smartcourt.preservation.SecurityRule.litigationCeiling(a.amount()));
		model.addAttribute("securityKinds", SecurityKind.values());
		model.addAttribute("measureKinds", MeasureKind.values());
		model.addAttribute("liftGrounds", LiftGround.values());
		model.addAttribute("court", courts.find(a.court()).map(Courts.CourtSummary::name).orElse(a.court().value()));
		return "preservation/detail";
	}

	@PostMapping("/preservation/{id}/required-security")
	String requireSecurity(@PathVariable UUID id, @RequestParam(required = false) String requiredSecurity,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.security-required",
				() -> applications.requireSecurity(CurrentActor.require(), new PreservationId(id), requiredSecurity, reason));
	}

	@PostMapping("/preservation/{id}/security")
	String provideSecurity(@PathVariable UUID id, @RequestParam(required = false) SecurityKind securityKind,
			@RequestParam(required = false) String securityAmount, @RequestParam(required = false) String securityProvider,
			@RequestParam(required = false) String securityReference, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.security-given", () -> {
			if (securityKind == null) {
				throw DomainException.invalid("preservation-invalid", "problem.preservation-invalid.detail",
						List.of(new DomainException.FieldProblem("securityKind", "required", "preservation.error.required")));
			}
			Money amount = parse(securityAmount);
			return applications.provideSecurity(CurrentActor.require(), new PreservationId(id),
					new Security(securityKind, amount, securityProvider, securityReference));
		});
	}

	@PostMapping("/preservation/{id}/ruling")
	String rule(@PathVariable UUID id, @RequestParam String decision, @RequestParam(required = false) String rulingReason,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		boolean grant = "grant".equals(decision);
		List<MeasureOrder> orders = new ArrayList<>();
		params.forEach((name, value) -> {
			if (name.startsWith("measure-") && "on".equals(value)) {
				String seq = name.substring("measure-".length());
				String kind = params.get("kind-" + seq);
				orders.add(new MeasureOrder(Integer.parseInt(seq),
						kind == null || kind.isBlank() ? null : MeasureKind.valueOf(kind), params.get("amount-" + seq)));
			}
		});
		return command(id, model, redirect, grant ? "preservation.done.granted" : "preservation.done.dismissed",
				() -> rulings.rule(CurrentActor.require(), new PreservationId(id), grant, rulingReason, orders));
	}

	@PostMapping("/preservation/{id}/enforcement")
	String enforce(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.enforced",
				() -> rulings.enforce(CurrentActor.require(), new PreservationId(id)));
	}

	@PostMapping("/preservation/{id}/measures/{measure}/renewal-request")
	String requestRenewal(@PathVariable UUID id, @PathVariable UUID measure, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.renewal-requested",
				() -> renewals.requestRenewal(CurrentActor.require(), new PreservationId(id), measure));
	}

	@PostMapping("/preservation/{id}/measures/{measure}/renewal")
	String renew(@PathVariable UUID id, @PathVariable UUID measure, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.renewed",
				() -> renewals.renew(CurrentActor.require(), new PreservationId(id), measure));
	}

	@PostMapping("/preservation/{id}/lifting")
	String lift(@PathVariable UUID id, @RequestParam(required = false) LiftGround ground,
			@RequestParam(required = false) String liftNote, @RequestParam(defaultValue = "false") boolean liftUrgent, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.lifted",
				() -> lifting.lift(CurrentActor.require(), new PreservationId(id), ground, liftNote, liftUrgent, null));
	}

	@PostMapping("/preservation/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.review-requested",
				() -> lifting.requestReview(CurrentActor.require(), new PreservationId(id), reason));
	}

	@PostMapping("/preservation/{id}/review-decision")
	String decideReview(@PathVariable UUID id, @RequestParam String decision, @RequestParam(required = false) String reviewNote,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.review-decided", () -> lifting
			.decideReview(CurrentActor.require(), new PreservationId(id), "revoke".equals(decision), reviewNote));
	}

	@PostMapping("/preservation/{id}/suit")
	String linkSuit(@PathVariable UUID id, @RequestParam(required = false) String caseNumber, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, "preservation.done.converted",
				() -> suits.linkSuit(CurrentActor.require(), new PreservationId(id), caseNumber));
	}

	@GetMapping("/preservation/{id}/documents/{sha256}")
	ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable String sha256) {
		Application a = applications.read(CurrentActor.require(), new PreservationId(id));
		Application.Document d = a.documents()
			.stream()
			.filter(x -> x.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("preservation-not-found", "problem.preservation-not-found.detail"));
		InputStream in = files.open(d.sha256())
			.orElseThrow(() -> DomainException.notFound("preservation-not-found", "problem.preservation-not-found.detail"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(d.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(in));
	}

	private String command(UUID id, Model model, RedirectAttributes redirect, String done,
			Supplier<Application> action) {
		try {
			action.get();
			redirect.addFlashAttribute("done", done);
			return REDIRECT + id;
		}
		catch (DomainException ex) {
			problems.show(ex, model, ApplicationForm::formField);
			return detailPage(CurrentActor.require(), id, model);
		}
	}

	private static Money parse(String yuan) {
		try {
			return yuan == null || yuan.isBlank() ? Money.ZERO : Money.parseYuan(yuan);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw DomainException.invalid("preservation-invalid", "problem.preservation-invalid.detail",
					List.of(new DomainException.FieldProblem("securityAmount", "money", "preservation.error.money")));
		}
	}
}
