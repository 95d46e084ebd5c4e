package org.smartcourt.notification.web;

import org.smartcourt.notification.internal.DevOutboxRepository;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * 通知发件箱（开发）: what the development channels (短信, 邮件, 钉钉) would have sent, the latest 100. It does not exist
 * in production mode.
 */
@Controller
class DevOutboxPageController {

	private final SmartCourtMode mode;
	private final DevOutboxRepository outbox;

	DevOutboxPageController(SmartCourtMode mode, DevOutboxRepository outbox) {
		this.mode = mode;
		this.outbox = outbox;
	}

	@GetMapping("/dev/notification-outbox")
	String outbox(Model model) {
		if (mode != SmartCourtMode.DEMO) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("messages", outbox.latest(100));
		return "notices/dev-outbox";
	}
}
