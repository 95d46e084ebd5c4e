package org.smartcourt.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.notification.NotificationTemplate;
import org.smartcourt.notification.NotificationTemplates;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知模板 for the IT admin: the list, and one template's text to edit (each save a new version). */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class TemplateAdminPageController {

	private final NotificationTemplates templates;
	private final MessageSource messages;

	TemplateAdminPageController(NotificationTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/admin/notification-templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "notices/templates";
	}

	@GetMapping("/admin/notification-templates/{code}")
	String edit(@PathVariable String code, Model model) {
		NotificationTemplate template = templates.get(code);
		model.addAttribute("template", template);
		model.addAttribute("text", template.text());
		model.addAttribute("errors", Map.of());
		return "notices/template-edit";
	}

	@PostMapping("/admin/notification-templates/{code}")
	String save(@PathVariable String code, @RequestParam String text, Model model, RedirectAttributes redirect) {
		try {
			templates.update(CurrentActor.require(), code, text);
		}
		catch (DomainException ex) {
			if (ex.fieldProblems().isEmpty()) {
				throw ex;
			}
			Map<String, String> errors = new LinkedHashMap<>();
			ex.fieldProblems()
				.forEach(f -> errors.putIfAbsent(f.field(), messages.getMessage(f.messageKey(), f.args().toArray(),
						f.messageKey(), LocaleContextHolder.getLocale())));
			model.addAttribute("template", templates.get(code));
			model.addAttribute("text", text);
			model.addAttribute("errors", errors);
			return "notices/template-edit";
		}
		redirect.addFlashAttribute("done", "templates.saved");
		return "redirect:/admin/notification-templates/" + code;
	}
}
