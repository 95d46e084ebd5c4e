package org.smartcourt.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.NavigationItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page shell needs into every page's model: the signed-in actor ({@code me}), their court's name and
 * the navigation sections with only the entries their role may use.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final List<NavigationItem> items;
	private final CourtNames courtNames;

	ShellModel(List<NavigationItem> items, CourtNames courtNames) {
		this.items = items.stream()
			.sorted(Comparator.comparing(NavigationItem::section).thenComparingInt(NavigationItem::order))
			.toList();
		this.courtNames = courtNames;
	}

	@ModelAttribute("me")
	Actor me() {
		return CurrentActor.get().orElse(null);
	}

	@ModelAttribute("meCourtName")
	String courtName() {
		return CurrentActor.get().flatMap(Actor::courtId).map(courtNames::nameOf).orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		return CurrentActor.get().map(this::sectionsFor).orElse(null);
	}

	Map<String, List<NavigationItem>> sectionsFor(Actor actor) {
		return visibleTo(actor).stream()
			.collect(Collectors.groupingBy(NavigationItem::section, LinkedHashMap::new, Collectors.toList()));
	}

	List<NavigationItem> visibleTo(Actor actor) {
		return items.stream().filter(item -> item.visibleTo(actor.role())).toList();
	}
}
