package org.smartcourt.notification.web;

import java.util.UUID;

import org.smartcourt.notification.Notices;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息通知: the signed-in person's messages, newest first, with buttons to mark them read. */
@Controller
class NoticePageController {

	static final int PAGE_SIZE = 100;

	private final Notices notices;

	NoticePageController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String list(Model model) {
		UserId me = CurrentActor.require().id();
		model.addAttribute("notices", notices.latest(me, PAGE_SIZE));
		model.addAttribute("unread", notices.unreadCount(me));
		return "notices/list";
	}

	@PostMapping("/notices/{id}/read")
	String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
		notices.markRead(CurrentActor.require().id(), id);
		redirect.addFlashAttribute("done", "notices.marked");
		return "redirect:/notices";
	}

	@PostMapping("/notices/read")
	String markAllRead(RedirectAttributes redirect) {
		notices.markAllRead(CurrentActor.require().id());
		redirect.addFlashAttribute("done", "notices.all-marked");
		return "redirect:/notices";
	}
}
