package org.smartcourt.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.notification.NotificationTemplate;
import org.smartcourt.notification.NotificationTemplates;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Notification templates over the API, for the IT admin; a malformed text answers 400 with the field problem. */
@RestController
@RequestMapping("/api/v1/admin/notification-templates")
@PreAuthorize("hasRole('IT_ADMIN')")
@Tag(name = "通知模板 Notification templates", description = "通知模板的查看和修改（每次保存为新版本）")
class TemplateAdminApiController {

	/** The new text of a template, in its file form. */
	record TemplateRequest(String text) {
	}

	private final NotificationTemplates templates;

	TemplateAdminApiController(NotificationTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "全部通知模板")
	List<NotificationTemplate> all() {
		return templates.all();
	}

	@GetMapping("/{code}")
	@Operation(summary = "一个通知模板")
	NotificationTemplate one(@PathVariable String code) {
		return templates.get(code);
	}

	@PutMapping("/{code}")
	@Operation(summary = "修改通知模板（占位符须为调用方提供的）")
	NotificationTemplate update(@PathVariable String code, @RequestBody TemplateRequest request) {
		return templates.update(CurrentActor.require(), code, request.text());
	}
}
