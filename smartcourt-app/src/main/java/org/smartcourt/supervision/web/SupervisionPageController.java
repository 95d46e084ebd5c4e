package org.smartcourt.supervision.web;

import java.time.Clock;
import java.util.List;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.FormProblems;
import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.internal.TrialStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 审判质效 screens: the board (a president's court or area, a division head's department, a judge's own
 * figures) with its monthly chart, the cases behind any number, and the area's courts side by side.
 */
@Controller
class SupervisionPageController {

	/** The indicators the board's chart shows month by month. */
	static final List<String> CHART = List.of("received", "closed", "closure-rate", "balanced-closing");

	private final TrialStatistics statistics;
	private final FormProblems problems;
	private final BoardExport export;
	private final Clock clock;

	SupervisionPageController(TrialStatistics statistics, FormProblems problems, BoardExport export, Clock clock) {
		this.statistics = statistics;
		this.problems = problems;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	String board(ScopeParams scope, @RequestParam(required = false) String period, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("params", scope);
		model.addAttribute("periodText", period == null || period.isBlank()
				? SupervisionApiController.thisYearSoFar(clock).text() : period);
		model.addAttribute("options", statistics.options(actor, scope.request()));
		try {
			Period p = SupervisionApiController.period(period, clock);
			TrialStatistics.Board board = statistics.board(actor, scope.request(), p);
			model.addAttribute("board", board);
			model.addAttribute("groups", board.indicators()
				.stream()
				.map(v -> IndicatorRow.of(v, scope))
				.collect(java.util.stream.Collectors.groupingBy(IndicatorRow::group, java.util.LinkedHashMap::new,
						java.util.stream.Collectors.toList())));
			model.addAttribute("chart", ChartData.of(statistics.monthly(actor, scope.request(), p.yearToDate(), CHART)));
		}
		catch (DomainException ex) {
			problems.show(ex, model);
		}
		return "supervision/board";
	}

	@GetMapping("/supervision/cases")
	String cases(ScopeParams scope, @RequestParam String measure, @RequestParam String when,
			@RequestParam(required = false) String period, @RequestParam(required = false) String after,
			Model model) {
		Period p = SupervisionApiController.period(period, clock);
		TrialStatistics.CaseList list = statistics.cases(CurrentActor.require(), scope.request(), p, measure,
				SupervisionApiController.when(when), CaseListResponse.cursor(after), 50);
		CaseListResponse response = CaseListResponse.of(list);
		model.addAttribute("list", response);
		model.addAttribute("params", scope);
		model.addAttribute("periodLabel", p.label());
		model.addAttribute("nextLink", response.next() == null ? null
				: org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
					.replaceQueryParam("after", response.next())
					.build()
					.toUriString());
		model.addAttribute("xlsxLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
			.fromCurrentRequest()
			.replacePath("/supervision/cases.xlsx")
			.replaceQueryParam("after")
			.build()
			.toUriString());
		model.addAttribute("backLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
			.fromCurrentRequest()
			.replacePath("/supervision")
			.replaceQueryParam("measure")
			.replaceQueryParam("when")
			.replaceQueryParam("after")
			.build()
			.toUriString());
		return "supervision/cases";
	}

	@GetMapping("/supervision/judges")
	String judges(ScopeParams scope, @RequestParam(required = false) String period, Model model) {
		Actor actor = CurrentActor.require();
		Period p = SupervisionApiController.period(period, clock);
		model.addAttribute("params", scope);
		model.addAttribute("periodText", p.text());
		model.addAttribute("periodLabel", p.label());
		model.addAttribute("options", statistics.options(actor, scope.request()));
		model.addAttribute("columns", TrialStatistics.JUDGE_INDICATORS.stream().map(statistics::indicator).toList());
		model.addAttribute("rows", statistics.judges(actor, scope.request(), p)
			.stream()
			.map(j -> JudgeRow.of(j, p, scope))
			.toList());
		return "supervision/judges";
	}

	@GetMapping("/supervision/courts")
	String courts(@RequestParam(defaultValue = "closure-rate") String indicator,
			@RequestParam(required = false) String period, @RequestParam(required = false) String type, Model model) {
		Actor actor = CurrentActor.require();
		Period p = SupervisionApiController.period(period, clock);
		model.addAttribute("comparison", CourtComparisonResponse.of(statistics.indicator(indicator), p,
				statistics.courts(actor, indicator, p, type)));
		model.addAttribute("indicators", statistics.indicators());
		model.addAttribute("periodText", p.text());
		model.addAttribute("type", type);
		return "supervision/courts";
	}

	@GetMapping("/supervision/board.xlsx")
	org.springframework.http.ResponseEntity<byte[]> boardWorkbook(ScopeParams scope,
			@RequestParam(required = false) String period) {
		return SupervisionFiles.xlsx("审判质效.xlsx", export.workbook(board(scope, period)));
	}

	@GetMapping("/supervision/board.pdf")
	org.springframework.http.ResponseEntity<byte[]> boardPdf(ScopeParams scope,
			@RequestParam(required = false) String period) {
		return SupervisionFiles.pdf("审判质效.pdf", export.pdf(board(scope, period)));
	}

	@GetMapping("/supervision/cases.xlsx")
	org.springframework.http.ResponseEntity<byte[]> casesWorkbook(ScopeParams scope, @RequestParam String measure,
			@RequestParam String when, @RequestParam(required = false) String period) {
		Period p = SupervisionApiController.period(period, clock);
		TrialStatistics.CaseList list = statistics.cases(CurrentActor.require(), scope.request(), p, measure,
				SupervisionApiController.when(when), null, SupervisionFiles.MAX_ROWS);
		CaseListResponse response = CaseListResponse.of(list);
		return SupervisionFiles.xlsx("统计明细.xlsx", export.workbook(response, response.cases()));
	}

	private TrialStatistics.Board board(ScopeParams scope, String period) {
		Period p = SupervisionApiController.period(period, clock);
		return statistics.board(CurrentActor.require(), scope.request(), p);
	}

	/** The page link behind a number (the API's, on the page's path). */
	static String pageLink(org.smartcourt.supervision.internal.IndicatorValue.TermValue t, ScopeParams params) {
		return BoardResponse.casesLink("/supervision/cases", t, params);
	}
}
