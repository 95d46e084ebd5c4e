package org.smartcourt.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.ShellNotice;
import org.smartcourt.shared.ShellNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page shell needs into every page's model: the signed-in actor ({@code me}), their court's name and
 * the navigation sections with only the entries their role may use, and the {@link ShellNotice}s their role may see.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private static final Logger log = LoggerFactory.getLogger(ShellModel.class);

	private final List<NavigationItem> items;
	private final CourtNames courtNames;
	private final ObjectProvider<ShellNotices> notices;

	ShellModel(List<NavigationItem> items, CourtNames courtNames, ObjectProvider<ShellNotices> notices) {
		this.items = items.stream()
			.sorted(Comparator.comparing(NavigationItem::section).thenComparingInt(NavigationItem::order))
			.toList();
		this.courtNames = courtNames;
		this.notices = notices;
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

	@ModelAttribute("shellNotices")
	List<ShellNotice> shellNotices() {
		return CurrentActor.get().map(this::noticesFor).orElse(List.of());
	}

	List<ShellNotice> noticesFor(Actor actor) {
		return notices.orderedStream().flatMap(source -> {
			try {
				return source.current().stream();
			}
			catch (RuntimeException ex) {
				// a notice is a hint: a failing source must not take every page down with it
				log.warn("shell notices from {} failed", source.getClass().getName(), ex);
				return java.util.stream.Stream.<ShellNotice>empty();
			}
		}).filter(notice -> notice.visibleTo(actor.role())).toList();
	}

	Map<String, List<NavigationItem>> sectionsFor(Actor actor) {
		return visibleTo(actor).stream()
			.collect(Collectors.groupingBy(NavigationItem::section, LinkedHashMap::new, Collectors.toList()));
	}

	List<NavigationItem> visibleTo(Actor actor) {
		return items.stream().filter(item -> item.visibleTo(actor.role())).toList();
	}
}
