package org.smartcourt.hotline.web;

import java.util.List;
import java.util.UUID;

import org.smartcourt.hotline.HotlineRequestId;
import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.internal.HotlineQueries;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.HotlineScope;
import org.smartcourt.hotline.internal.ServiceTargets;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 12368 pages: the portal for litigants and lawyers (/hotline), the agent's desk (/hotline/desk), 12368 待办 for
 * judges and their teams (/hotline/todo) and one request with what the reader may do next.
 */
@Controller
class HotlinePageController {

	private static final String REDIRECT_TO_REQUEST = "redirect:/hotline/requests/";

	private final HotlineRequests requests;
	private final HotlineQueries queries;
	private final ServiceTargets targets;
	private final Courts courts;
	private final FormProblems problems;

	HotlinePageController(HotlineRequests requests, HotlineQueries queries, ServiceTargets targets, Courts courts,
			FormProblems problems) {
		this.requests = requests;
		this.queries = queries;
		this.targets = targets;
		this.courts = courts;
		this.problems = problems;
	}

	@GetMapping("/hotline")
	String portal(Model model) {
		Actor actor = CurrentActor.require();
		if (HotlineScope.isDesk(actor)) {
			return "redirect:/hotline/desk";
		}
		if (!HotlineScope.isPublic(actor)) {
			return "redirect:/hotline/todo";
		}
		return portalPage(actor, RequestForm.empty(), model);
	}

	@PostMapping("/hotline")
	String submitOnline(@ModelAttribute("form") RequestForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			HotlineRequest r = requests.receive(actor, form.command(), null).request();
			redirect.addFlashAttribute("done", "hotline.done.received");
			return REDIRECT_TO_REQUEST + r.id();
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return portalPage(actor, form, model);
		}
	}

	@GetMapping("/hotline/desk")
	String desk(@RequestParam(required = false) String q, @RequestParam(required = false) String phone, Model model) {
		return deskPage(CurrentActor.require(), RequestForm.empty(), q, phone, model);
	}

	@PostMapping("/hotline/desk")
	String receive(@ModelAttribute("form") RequestForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		HotlineScope.requireDesk(actor);
		try {
			HotlineRequest r = requests.receive(actor, form.command(), null).request();
			redirect.addFlashAttribute("done", "hotline.done.received");
			return REDIRECT_TO_REQUEST + r.id();
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return deskPage(actor, form, null, null, model);
		}
	}

	@GetMapping("/hotline/todo")
	String todo(Model model) {
		model.addAttribute("todo", queries.todo(CurrentActor.require()));
		return "hotline/todo";
	}

	@GetMapping("/hotline/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		model.addAttribute("detail", requests.read(CurrentActor.require(), new HotlineRequestId(id)));
		return "hotline/request";
	}

	@PostMapping("/hotline/requests/{id}/start")
	String start(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.started",
				() -> requests.start(CurrentActor.require(), new HotlineRequestId(id)));
	}

	@PostMapping("/hotline/requests/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String answer, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.answered",
				() -> requests.answer(CurrentActor.require(), new HotlineRequestId(id), answer));
	}

	@PostMapping("/hotline/requests/{id}/forward")
	String forward(@PathVariable UUID id, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.forwarded",
				() -> requests.forward(CurrentActor.require(), new HotlineRequestId(id), assignee, note));
	}

	@PostMapping("/hotline/requests/{id}/callback")
	String callback(@PathVariable UUID id, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer satisfaction, @RequestParam(required = false) String comment,
			Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.called-back",
				() -> requests.callBack(CurrentActor.require(), new HotlineRequestId(id), note, satisfaction, comment));
	}

	@PostMapping("/hotline/requests/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.closed",
				() -> requests.close(CurrentActor.require(), new HotlineRequestId(id), note));
	}

	@PostMapping("/hotline/requests/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(required = false) Integer satisfaction,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		return command(id, model, redirect, "hotline.done.rated",
				() -> requests.rate(CurrentActor.require(), new HotlineRequestId(id), satisfaction, comment));
	}

	private String command(UUID id, Model model, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
			return REDIRECT_TO_REQUEST + id;
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return request(id, model);
		}
	}

	private String portalPage(Actor actor, RequestForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("courts", courts.all());
		model.addAttribute("targets", targets.all());
		model.addAttribute("mine", queries.mine(actor));
		return "hotline/portal";
	}

	private String deskPage(Actor actor, RequestForm form, String q, String phone, Model model) {
		model.addAttribute("queue", queries.queue(actor));
		model.addAttribute("form", form);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("intakes", actor.role() == Role.HOTLINE ? List.of(Intake.PHONE, Intake.HALL) : List.of(Intake.HALL));
		model.addAttribute("courts", courts.all().stream().filter(c -> c.id().equals(actor.court())
				|| courts.isWithin(c.id(), actor.court())).toList());
		model.addAttribute("targets", targets.all());
		model.addAttribute("q", q);
		model.addAttribute("phone", phone);
		model.addAttribute("found", q == null ? null : queries.search(actor, q));
		model.addAttribute("history", phone == null ? null : queries.history(actor, phone, null));
		return "hotline/desk";
	}
}
