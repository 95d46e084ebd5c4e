package org.smartcourt.cases.web.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.internal.assignment.AssignmentRecord;
import org.smartcourt.cases.internal.assignment.AssignmentSettings;
import org.smartcourt.cases.internal.assignment.JudgeTeams;
import org.smartcourt.cases.internal.assignment.Assignments;
import org.smartcourt.cases.internal.assignment.JudgeAbsences;
import org.smartcourt.cases.internal.assignment.PanelForm;
import org.smartcourt.cases.internal.assignment.Panels;
import org.smartcourt.cases.internal.assignment.ProcedureChanges;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.Role;
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
 * The 待分案 queue (with pending designation requests, judges' absences and standing teams, and the court's
 * automatic-assignment switch), the replay page of a draw, and the
 * forms of the case page's 「审判组织」 section. Every command goes through the same services as the API.
 */
@Controller
class AssignmentPageController {

	private final Assignments assignments;
	private final Panels panels;
	private final ProcedureChanges procedures;
	private final JudgeAbsences absences;
	private final Staffing staffing;
	private final MessageSource messages;
	private final JudgeTeams teams;
	private final AssignmentSettings settings;
	private final Clock clock;

	AssignmentPageController(Assignments assignments, Panels panels, ProcedureChanges procedures,
			JudgeAbsences absences, Staffing staffing, MessageSource messages, JudgeTeams teams,
			AssignmentSettings settings, Clock clock) {
		this.teams = teams;
		this.settings = settings;
		this.clock = clock;
		this.assignments = assignments;
		this.panels = panels;
		this.procedures = procedures;
		this.absences = absences;
		this.staffing = staffing;
		this.messages = messages;
	}

	@GetMapping("/cases/assignment")
	String queue(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("queue", assignments.queue(actor));
		boolean approver = actor.is(Role.DIVISION_HEAD) || actor.is(Role.PRESIDENT);
		model.addAttribute("approver", approver);
		model.addAttribute("pending", approver ? assignments.pendingRequests(actor) : List.of());
		model.addAttribute("absences", absences.upcoming(actor));
		List<StaffSummary> staff = staffing.staffAt(actor.court());
		model.addAttribute("judges", staff.stream().filter(s -> s.position().hearsCases()).toList());
		model.addAttribute("assistants", staff.stream().filter(s -> s.position() == Position.ASSISTANT).toList());
		model.addAttribute("clerks", staff.stream().filter(s -> s.position() == Position.CLERK).toList());
		model.addAttribute("teams", teams.at(actor)
			.stream()
			.collect(java.util.stream.Collectors.toMap(t -> t.judge().id(), t -> t)));
		model.addAttribute("president", actor.is(Role.PRESIDENT));
		model.addAttribute("automatic", settings.automaticAt(actor.court()));
		model.addAttribute("today", LocalDate.now(clock));
		return "cases/assignment/queue";
	}

	@PostMapping("/cases/assignment/{id}/random")
	String random(@PathVariable UUID id, @RequestParam(required = false) UUID departmentId,
			RedirectAttributes redirect) {
		AssignmentRecord record = assignments.assignAtRandom(CurrentActor.require(), new CaseId(id), departmentId);
		redirect.addFlashAttribute("notice", text("assignment.notice.assigned", record.judge().name()));
		return "redirect:/cases/" + id;
	}

	@GetMapping("/cases/{id}/assignments/{aid}/replay")
	String replay(@PathVariable UUID id, @PathVariable UUID aid, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("replay", assignments.replay(CurrentActor.require(), new CaseId(id), aid));
		return "cases/assignment/replay";
	}

	@PostMapping("/cases/{id}/designation-requests")
	String request(@PathVariable UUID id, @RequestParam UUID judgeStaffId, @RequestParam String reason,
			RedirectAttributes redirect) {
		assignments.requestDesignation(CurrentActor.require(), new CaseId(id), judgeStaffId, reason);
		redirect.addFlashAttribute("notice", text("assignment.notice.requested"));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/designation-requests/{rid}/approve")
	String approve(@PathVariable UUID id, @PathVariable UUID rid, RedirectAttributes redirect) {
		AssignmentRecord record = assignments.approve(CurrentActor.require(), new CaseId(id), rid, null);
		redirect.addFlashAttribute("notice", text("assignment.notice.approved", record.judge().name()));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/designation-requests/{rid}/refuse")
	String refuse(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam String note,
			RedirectAttributes redirect) {
		assignments.refuse(CurrentActor.require(), new CaseId(id), rid, note);
		redirect.addFlashAttribute("notice", text("assignment.notice.refused"));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/panel")
	String panel(@PathVariable UUID id, @RequestParam String form,
			@RequestParam(required = false) List<UUID> memberJudges, @RequestParam(defaultValue = "0") int assessors,
			RedirectAttributes redirect) {
		boolean collegial = !"SOLE".equals(form);
		panels.form(CurrentActor.require(), new CaseId(id),
				collegial ? new PanelForm(true, null, memberJudges, assessors) : PanelForm.sole());
		redirect.addFlashAttribute("notice", text("assignment.notice.panel"));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/procedure-change")
	String changeProcedure(@PathVariable UUID id, @RequestParam Procedure to, @RequestParam String reason,
			@RequestParam(defaultValue = "false") boolean partiesAgreed, RedirectAttributes redirect) {
		procedures.change(CurrentActor.require(), new CaseId(id), to, reason, partiesAgreed);
		redirect.addFlashAttribute("notice", text("assignment.notice.procedure"));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/assignment/absences")
	String recordAbsence(@RequestParam UUID staffId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String reason) {
		absences.record(CurrentActor.require(), staffId, from, to, reason);
		return "redirect:/cases/assignment";
	}

	@PostMapping("/cases/assignment/absences/{id}/withdraw")
	String withdrawAbsence(@PathVariable UUID id) {
		absences.withdraw(CurrentActor.require(), id);
		return "redirect:/cases/assignment";
	}

	@PostMapping("/cases/assignment/teams/{judgeId}")
	String setTeam(@PathVariable UUID judgeId, @RequestParam(required = false) UUID assistantStaffId,
			@RequestParam(required = false) UUID clerkStaffId) {
		teams.set(CurrentActor.require(), judgeId, assistantStaffId, clerkStaffId);
		return "redirect:/cases/assignment";
	}

	@PostMapping("/cases/assignment/automatic")
	String setAutomatic(@RequestParam(defaultValue = "false") boolean automatic) {
		settings.setAutomatic(CurrentActor.require(), automatic);
		return "redirect:/cases/assignment";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
