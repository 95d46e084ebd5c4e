package org.smartcourt.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.NavigationItem;
import org.smartcourt.shared.ShellNotice;
import org.smartcourt.shared.ShellNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts what the page shell needs into every rendered page's model: the signed-in actor ({@code me}), their court's
 * name, the current path, the navigation sections with only the entries their role may use, and the
 * {@link ShellNotice}s their role may see. An interceptor rather than {@code @ModelAttribute} methods of a controller
 * advice: an advice limited to {@code @Controller} also matches every {@code @RestController} (meta-annotation), so
 * each API request paid for a shell it never renders (issue 10 profile); {@code postHandle} sees a model only when a
 * view is rendered, and a redirect's model must stay empty or it would become query parameters.
 */
@Component
class ShellModel implements HandlerInterceptor, WebMvcConfigurer {

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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || (page.getViewName() == null && page.getView() == null) || isRedirect(page)) {
			return;
		}
		ModelMap model = page.getModelMap();
		model.put("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		CurrentActor.get().ifPresentOrElse(actor -> {
			model.put("me", actor);
			model.put("meCourtName", actor.courtId().map(courtNames::nameOf).orElse(null));
			model.put("navigation", sectionsFor(actor));
			model.put("shellNotices", noticesFor(actor));
		}, () -> model.put("shellNotices", List.of()));
	}

	private static boolean isRedirect(ModelAndView page) {
		return page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"));
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
