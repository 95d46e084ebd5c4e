package org.smartcourt.catalogue.web;

import java.util.List;

import org.smartcourt.catalogue.internal.CauseCatalogue;
import org.smartcourt.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cause picker of the filing wizard: an HTML fragment (no page shell) listing the causes whose name contains the
 * typed text as radio inputs named {@code causeCode}, each labelled with its full path. Meant to be fetched by htmx
 * into a container of the wizard's form, e.g.
 * {@code hx-get="/catalogue/causes/picker" hx-trigger="input changed delay:300ms" hx-target="#cause-picker"}.
 */
@Controller
class CausePickerController {

	static final int QUERY_MAX = 50;

	private final CauseCatalogue catalogue;

	CausePickerController(CauseCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/catalogue/causes/picker")
	String picker(@RequestParam(required = false) String q, Model model) {
		CurrentActor.require();
		String text = q == null ? "" : q.strip();
		if (text.length() > QUERY_MAX) {
			text = text.substring(0, QUERY_MAX);
		}
		model.addAttribute("q", text);
		model.addAttribute("matches", text.isEmpty() ? List.of() : catalogue.pick(text));
		model.addAttribute("limit", CauseCatalogue.SEARCH_LIMIT);
		return "catalogue/cause-picker :: picker";
	}
}
