package org.smartcourt.cases.web.search;

import org.smartcourt.cases.internal.search.CaseSearch;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 案件查询: one field, the cases found below it. */
@Controller
class CaseSearchPageController {

	private final CaseSearch search;
	private final FormProblems problems;

	CaseSearchPageController(CaseSearch search, FormProblems problems) {
		this.search = search;
		this.problems = problems;
	}

	@GetMapping("/cases/search")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		if (q != null) {
			try {
				model.addAttribute("result", search.search(CurrentActor.require(), q));
			}
			catch (DomainException e) {
				problems.show(e, model, field -> "q");
			}
		}
		else if (!CaseSearch.mayUse(CurrentActor.require())) {
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		return "cases/search";
	}
}
