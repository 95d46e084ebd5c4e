package org.smartcourt.cases.web.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.internal.clock.ClockListRow;
import org.smartcourt.cases.internal.clock.ClockQueries;
import org.smartcourt.cases.internal.clock.ExclusionKind;
import org.smartcourt.cases.internal.clock.ExtensionCommands;
import org.smartcourt.cases.internal.clock.PauseCommands;
import org.smartcourt.cases.internal.clock.SuspensionGround;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 审限 forms of the case page (they post here and return to the case with a notice or the reasons for a
 * refusal) and the 审限 lists: 我承办的案件, 全院案件, 延长审限审批.
 */
@Controller
class CaseClockPageController {

	private final ClockQueries queries;
	private final ExtensionCommands extensions;
	private final PauseCommands pauses;
	private final MessageSource messages;

	CaseClockPageController(ClockQueries queries, ExtensionCommands extensions, PauseCommands pauses,
			MessageSource messages) {
		this.queries = queries;
		this.extensions = extensions;
		this.pauses = pauses;
		this.messages = messages;
	}

	@GetMapping("/cases/assigned")
	String assigned(Model model) {
		List<ClockListRow> rows = queries.assigned(CurrentActor.require());
		model.addAttribute("groups", rows.stream()
			.collect(Collectors.groupingBy(ClockListRow::stage, () -> new java.util.TreeMap<>(), Collectors.toList())));
		model.addAttribute("today", queries.today());
		model.addAttribute("nearDays", queries.nearDays());
		return "cases/clock/assigned";
	}

	@GetMapping("/cases/court")
	String court(@RequestParam(required = false) String filter, @RequestParam(required = false) CaseStage stage,
			Model model) {
		String chosen = filter == null || filter.isBlank() ? null : filter;
		model.addAttribute("rows", queries.court(CurrentActor.require(), chosen, stage));
		model.addAttribute("filter", chosen);
		model.addAttribute("stage", stage);
		model.addAttribute("filters", ClockQueries.FILTERS);
		model.addAttribute("stages", List.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL, CaseStage.SUSPENDED,
				CaseStage.REGISTERED));
		model.addAttribute("today", queries.today());
		model.addAttribute("nearDays", queries.nearDays());
		return "cases/clock/court";
	}

	@GetMapping("/cases/extensions")
	String extensions(Model model) {
		model.addAttribute("requests", extensions.pendingFor(CurrentActor.require()));
		return "cases/clock/extensions";
	}

	@PostMapping("/cases/{id}/clock/extension-requests")
	String request(@PathVariable UUID id, @RequestParam(required = false) Integer length,
			@RequestParam(required = false) PeriodUnit unit, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.requested",
				actor -> extensions.request(actor, new CaseId(id), length, unit, reason));
	}

	@PostMapping("/cases/{id}/clock/extension-requests/{rid}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam(required = false) Integer length,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.approved",
				actor -> extensions.approve(actor, new CaseId(id), rid, length, note));
	}

	@PostMapping("/cases/{id}/clock/extension-requests/{rid}/refuse")
	String refuse(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.refused", actor -> extensions.refuse(actor, new CaseId(id), rid, note));
	}

	@PostMapping("/cases/{id}/clock/suspension")
	String suspend(@PathVariable UUID id, @RequestParam(required = false) SuspensionGround ground,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.suspended",
				actor -> pauses.suspend(actor, new CaseId(id), ground, reason, from));
	}

	@PostMapping("/cases/{id}/clock/resumption")
	String resume(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.resumed", actor -> {
			pauses.resume(actor, new CaseId(id), on);
			return null;
		});
	}

	@PostMapping("/cases/{id}/clock/exclusions")
	String startExclusion(@PathVariable UUID id, @RequestParam(required = false) ExclusionKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String citation,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.excluded",
				actor -> pauses.startExclusion(actor, new CaseId(id), kind, from, reason, citation));
	}

	@PostMapping("/cases/{id}/clock/exclusions/{eid}/end")
	String endExclusion(@PathVariable UUID id, @PathVariable UUID eid,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			RedirectAttributes redirect) {
		return run(id, redirect, "clock.notice.exclusionEnded", actor -> {
			pauses.endExclusion(actor, new CaseId(id), eid, to);
			return null;
		});
	}

	/** Runs a command; a refusal a user can act on goes back to the case page with its reasons. */
	private String run(UUID id, RedirectAttributes redirect, String noticeKey,
			java.util.function.Function<Actor, Object> command) {
		Actor actor = CurrentActor.require();
		try {
			command.apply(actor);
			redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, Locale.CHINA));
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND || ex.kind() == DomainException.Kind.FORBIDDEN) {
				throw ex;
			}
			List<String> reasons = new java.util.ArrayList<>();
			reasons.add(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.CHINA));
			ex.fieldProblems()
				.forEach(p -> reasons.add(messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(),
						Locale.CHINA)));
			redirect.addFlashAttribute("clockErrors", reasons);
		}
		return "redirect:/cases/" + id + "#clock-heading";
	}
}
