package org.smartcourt.hotline.web;

import java.util.UUID;

import org.smartcourt.hotline.internal.HotlineScope;
import org.smartcourt.hotline.internal.KnowledgeArticle;
import org.smartcourt.hotline.internal.KnowledgeBase;
import org.smartcourt.hotline.internal.KnowledgeDraft;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 知识库 pages: the public search, and for the desk adding and editing entries. */
@Controller
class KnowledgePageController {

	private final KnowledgeBase knowledge;
	private final FormProblems problems;

	KnowledgePageController(KnowledgeBase knowledge, FormProblems problems) {
		this.knowledge = knowledge;
		this.problems = problems;
	}

	@GetMapping("/hotline/kb")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("articles", knowledge.search(q));
		model.addAttribute("desk", CurrentActor.get().map(HotlineScope::isDesk).orElse(false));
		return "hotline/kb";
	}

	@GetMapping("/hotline/kb/new")
	String create(Model model) {
		HotlineScope.requireDesk(CurrentActor.require());
		return editPage(null, new EntryForm("OTHER", "", "", "", "", 0L), model);
	}

	@PostMapping("/hotline/kb/new")
	String create(@ModelAttribute("form") EntryForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			KnowledgeArticle a = knowledge.create(actor, form.draft());
			redirect.addFlashAttribute("done", "hotline.kb.saved");
			return "redirect:/hotline/kb/" + a.id() + "/edit";
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return editPage(null, form, model);
		}
	}

	@GetMapping("/hotline/kb/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		HotlineScope.requireDesk(CurrentActor.require());
		KnowledgeArticle a = knowledge.get(id);
		return editPage(id, new EntryForm(a.topic(), a.title(), a.keywords(), a.body(), a.source(), a.version()), model);
	}

	@PostMapping("/hotline/kb/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("form") EntryForm form, Model model,
			RedirectAttributes redirect) {
		try {
			knowledge.update(CurrentActor.require(), id, form.draft(), form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("done", "hotline.kb.saved");
			return "redirect:/hotline/kb/" + id + "/edit";
		}
		catch (DomainException ex) {
			problems.show(ex, model);
			return editPage(id, form, model);
		}
	}

	private String editPage(UUID id, EntryForm form, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("topics", KnowledgeBase.topics());
		return "hotline/kb-edit";
	}

	/** The entry form as typed; {@code version} is the one being edited. */
	record EntryForm(String topic, String title, String keywords, String body, String source, Long version) {

		KnowledgeDraft draft() {
			return new KnowledgeDraft(topic, title, keywords, body, source);
		}
	}
}
