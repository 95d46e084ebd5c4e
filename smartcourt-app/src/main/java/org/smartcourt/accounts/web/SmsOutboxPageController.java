package org.smartcourt.accounts.web;

import org.smartcourt.shared.SmartCourtMode;
import org.smartcourt.accounts.internal.SmsOutbox;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** 短信发件箱 for development and demos: the latest 50 kept messages. It does not exist in production mode. */
@Controller
class SmsOutboxPageController {

	private final SmartCourtMode mode;
	private final SmsOutbox outbox;

	SmsOutboxPageController(SmartCourtMode mode, SmsOutbox outbox) {
		this.mode = mode;
		this.outbox = outbox;
	}

	@GetMapping("/dev/sms-outbox")
	String outbox(Model model) {
		if (mode != SmartCourtMode.DEMO) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("messages", outbox.latest(50));
		return "accounts/sms-outbox";
	}
}
