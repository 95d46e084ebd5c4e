package org.smartcourt.supervision.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.smartcourt.supervision.ActKind;
import org.smartcourt.supervision.FlagKind;
import org.smartcourt.supervision.internal.CaseSupervision;
import org.smartcourt.supervision.internal.WatchLists;
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
 * The screens of 院庭长监督: a case's oversight page (flags, acts, answers, with the forms each viewer may use) and
 * the supervisors' lists. A refused step returns to the page with its Chinese reason and field messages.
 */
@Controller
class OversightPageController {

	private final CaseSupervision supervision;
	private final WatchLists lists;
	private final Cases cases;
	private final FormProblems problems;
	private final MessageSource messages;
	private final org.smartcourt.supervision.internal.TrialStatistics statistics;
	private final BoardExport export;

	OversightPageController(CaseSupervision supervision, WatchLists lists, Cases cases, FormProblems problems,
			MessageSource messages, org.smartcourt.supervision.internal.TrialStatistics statistics,
			BoardExport export) {
		this.statistics = statistics;
		this.export = export;
		this.supervision = supervision;
		this.lists = lists;
		this.cases = cases;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/supervision/oversight/{caseId}")
	String page(@PathVariable UUID caseId, Model model) {
		Actor actor = CurrentActor.require();
		CaseOverview overview = cases.view(actor, new CaseId(caseId)).overview();
		model.addAttribute("c", overview);
		model.addAttribute("o", supervision.of(actor, overview));
		model.addAttribute("flagKinds", FlagKind.values());
		model.addAttribute("actKinds", ActKind.values());
		return "supervision/oversight";
	}

	@PostMapping("/supervision/oversight/{caseId}/flags")
	String flag(@PathVariable UUID caseId, @RequestParam(required = false) FlagKind kind,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return run(caseId, flash, "supervision.oversight.flagged",
				() -> supervision.raise(CurrentActor.require(), new CaseId(caseId), kind, reason));
	}

	@PostMapping("/supervision/oversight/{caseId}/flags/{flagId}/clear")
	String clear(@PathVariable UUID caseId, @PathVariable UUID flagId, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return run(caseId, flash, "supervision.oversight.cleared",
				() -> supervision.clear(CurrentActor.require(), flagId, reason));
	}

	@PostMapping("/supervision/oversight/{caseId}/acts")
	String act(@PathVariable UUID caseId, @RequestParam(required = false) ActKind kind,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerDueOn,
			RedirectAttributes flash) {
		return run(caseId, flash, "supervision.oversight.requested",
				() -> supervision.request(CurrentActor.require(), new CaseId(caseId), kind, note, answerDueOn));
	}

	@PostMapping("/supervision/oversight/{caseId}/acts/{actId}/answer")
	String answer(@PathVariable UUID caseId, @PathVariable UUID actId, @RequestParam(required = false) String answer,
			RedirectAttributes flash) {
		return run(caseId, flash, "supervision.oversight.answered",
				() -> supervision.answer(CurrentActor.require(), actId, answer));
	}

	@GetMapping("/supervision/watch")
	String watch(ScopeParams scope, @RequestParam(defaultValue = "flagged") String list, Model model) {
		WatchLists.Kind kind = WatchLists.Kind.parse(list);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", WatchLists.Kind.values());
		model.addAttribute("entries", lists.list(CurrentActor.require(), scope.request(), kind));
		model.addAttribute("params", scope);
		model.addAttribute("options", statistics.options(CurrentActor.require(), scope.request()));
		return "supervision/watch";
	}

	@GetMapping("/supervision/watch.xlsx")
	org.springframework.http.ResponseEntity<byte[]> watchWorkbook(ScopeParams scope,
			@RequestParam(defaultValue = "flagged") String list) {
		WatchLists.Kind kind = WatchLists.Kind.parse(list);
		String title = messages.getMessage("supervision.watch.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE);
		return SupervisionFiles.xlsx(title + ".xlsx",
				export.watchList(title, lists.list(CurrentActor.require(), scope.request(), kind)));
	}

	private String run(UUID caseId, RedirectAttributes flash, String doneKey, Runnable command) {
		try {
			command.run();
			flash.addFlashAttribute("done", messages.getMessage(doneKey, null, Locale.SIMPLIFIED_CHINESE));
		}
		catch (DomainException ex) {
			problems.flash(ex, flash);
		}
		return "redirect:/supervision/oversight/" + caseId;
	}
}
