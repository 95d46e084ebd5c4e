package org.smartcourt.platform.web;

import java.util.Comparator;
import java.util.List;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.HomeCard;
import org.smartcourt.shared.HomeCards;
import org.smartcourt.shared.NavigationItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home: the workbench (工作台) for court staff, 我的案件 for litigants and lawyers. */
@Controller
class HomeController {

	private final ShellModel shell;
	private final List<HomeCards> cards;

	HomeController(ShellModel shell, List<HomeCards> cards) {
		this.shell = shell;
		this.cards = cards;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.require();
		List<NavigationItem> tiles = shell.visibleTo(actor)
			.stream()
			.filter(item -> !item.path().equals("/"))
			.toList();
		model.addAttribute("tiles", tiles);
		model.addAttribute("cards", cards.stream()
			.flatMap(provider -> provider.cardsFor(actor).stream())
			.sorted(Comparator.comparingInt(HomeCard::order))
			.toList());
		return actor.isStaff() ? "home/workbench" : "home/my-cases";
	}
}
