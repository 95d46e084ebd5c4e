package org.smartcourt.cases.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case page: its registration data, parties, team and docket as the viewer may see them, followed by the
 * sections other modules contribute ({@link CaseSection}); and the list of a litigant's own cases.
 */
@Controller
class CasePageController {

	/** A contributed section with its model, for the template. */
	record RenderedSection(String template, Map<String, Object> model) {
	}

	private final Cases cases;
	private final Docket docket;
	private final List<CaseSection> sections;

	CasePageController(Cases cases, Docket docket, List<CaseSection> sections) {
		this.cases = cases;
		this.docket = docket;
		this.sections = sections;
	}

	@GetMapping("/cases/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Actor actor = CurrentActor.require();
		Cases.CaseView view = cases.view(actor, new CaseId(id));
		model.addAttribute("c", view.overview());
		model.addAttribute("level", view.level());
		model.addAttribute("courtView", view.level() == org.smartcourt.cases.Audience.COURT);
		model.addAttribute("docket", docket.entriesFor(view.overview().id(), view.level()));
		model.addAttribute("sections", sections.stream()
			.sorted(java.util.Comparator.comparingInt(CaseSection::order))
			.map(s -> new RenderedSection(s.template(), s.model(view.overview(), actor, view.level())))
			.filter(s -> !s.model().isEmpty())
			.toList());
		return "cases/detail";
	}

	@GetMapping("/cases/mine")
	String mine(Model model) {
		model.addAttribute("cases", cases.casesOfParty(CurrentActor.require()));
		return "cases/mine";
	}
}
