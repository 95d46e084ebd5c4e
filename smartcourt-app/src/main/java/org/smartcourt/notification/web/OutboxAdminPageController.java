package org.smartcourt.notification.web;

import java.util.List;
import java.util.UUID;

import org.smartcourt.notification.NotificationOutbox;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 发件队列 for the IT admin: queued, retrying and dead deliveries with their last error, and 重新发送. */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class OutboxAdminPageController {

	static final int PAGE_SIZE = 200;
	static final List<String> FILTERS = List.of("PENDING", "QUEUED", "FAILED", "DEAD", "SENT");

	private final NotificationOutbox outbox;

	OutboxAdminPageController(NotificationOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/notification-outbox")
	String list(@RequestParam(defaultValue = "PENDING") String status, Model model) {
		String filter = FILTERS.contains(status) ? status : "PENDING";
		model.addAttribute("status", filter);
		model.addAttribute("filters", FILTERS);
		model.addAttribute("entries",
				outbox.entries("PENDING".equals(filter) ? NotificationOutbox.PENDING : List.of(filter), PAGE_SIZE));
		return "notices/outbox";
	}

	@PostMapping("/admin/notification-outbox/{id}/requeue")
	String requeue(@PathVariable UUID id, @RequestParam(defaultValue = "PENDING") String status,
			RedirectAttributes redirect) {
		outbox.requeue(CurrentActor.require(), id);
		redirect.addFlashAttribute("done", "outbox-admin.requeued");
		redirect.addAttribute("status", FILTERS.contains(status) ? status : "PENDING");
		return "redirect:/admin/notification-outbox";
	}
}
