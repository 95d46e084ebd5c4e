package org.smartcourt.platform.web;

import java.util.List;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.NavigationItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home: the workbench (工作台) for court staff, 我的案件 for litigants and lawyers. */
@Controller
class HomeController {

	private final ShellModel shell;

	HomeController(ShellModel shell) {
		this.shell = shell;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.require();
		List<NavigationItem> tiles = shell.visibleTo(actor)
			.stream()
			.filter(item -> !item.path().equals("/"))
			.toList();
		model.addAttribute("tiles", tiles);
		return actor.isStaff() ? "home/workbench" : "home/my-cases";
	}
}
