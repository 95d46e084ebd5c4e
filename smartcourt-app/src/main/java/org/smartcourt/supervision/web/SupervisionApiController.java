package org.smartcourt.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.internal.Indicator;
import org.smartcourt.supervision.internal.TrialStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 审判质效 over the API: the indicator definitions, a board, a trend, the cases behind any number, and an area's
 * courts side by side. Periods are written 2026, 2026-Q3, 2026-05 or 2026-01..2026-06 (default: this year so far).
 */
@RestController
@RequestMapping("/api/v1/supervision")
class SupervisionApiController {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	private final TrialStatistics statistics;
	private final Clock clock;

	SupervisionApiController(TrialStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	/** The definitions: what each indicator counts, its formula and where it comes from. */
	@GetMapping("/indicators")
	List<DefinitionResponse> indicators() {
		CurrentActor.require();
		return statistics.indicators().stream().map(DefinitionResponse::of).toList();
	}

	@GetMapping("/board")
	BoardResponse board(ScopeParams scope, @RequestParam(required = false) String period) {
		return BoardResponse.of(statistics.board(CurrentActor.require(), scope.request(), period(period)), scope);
	}

	@GetMapping("/trend")
	List<BoardResponse.IndicatorResponse> trend(ScopeParams scope, @RequestParam String indicator,
			@RequestParam(required = false) String period) {
		return statistics.trend(CurrentActor.require(), scope.request(), indicator, period(period))
			.stream()
			.map(v -> BoardResponse.indicator(v, scope))
			.toList();
	}

	@GetMapping("/cases")
	CaseListResponse cases(ScopeParams scope, @RequestParam String measure, @RequestParam String when,
			@RequestParam(required = false) String period, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit) {
		return CaseListResponse.of(statistics.cases(CurrentActor.require(), scope.request(), period(period), measure,
				when(when), CaseListResponse.cursor(after), Math.max(1, Math.min(limit, 500))));
	}

	/** The judges of the viewer's department (or court) side by side, each from their own cases. */
	@GetMapping("/judges")
	List<JudgeResponse> judges(ScopeParams scope, @RequestParam(required = false) String period) {
		Period p = period(period);
		return statistics.judges(CurrentActor.require(), scope.request(), p)
			.stream()
			.map(j -> new JudgeResponse(j.judge().id(), j.judge().name(), j.judge().position().name(),
					j.values().stream().map(v -> BoardResponse.indicator(v, new ScopeParams(null, null, null,
							j.judge().id(), scope.type()))).toList()))
			.toList();
	}

	record JudgeResponse(java.util.UUID staffId, String name, String position,
			List<BoardResponse.IndicatorResponse> indicators) {
	}

	@GetMapping("/courts")
	CourtComparisonResponse courts(@RequestParam String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String type) {
		Period p = period(period);
		return CourtComparisonResponse.of(statistics.indicator(indicator), p,
				statistics.courts(CurrentActor.require(), indicator, p, type));
	}

	private Period period(String text) {
		return period(text, clock);
	}

	/** The period written {@code text}, or this year so far when none is written. */
	static Period period(String text, Clock clock) {
		return text == null || text.isBlank() ? thisYearSoFar(clock) : Period.parse(text);
	}

	static Period thisYearSoFar(Clock clock) {
		YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(COURT_ZONE)));
		return new Period(YearMonth.of(now.getYear(), 1), now);
	}

	static Indicator.When when(String text) {
		try {
			return Indicator.When.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new DomainException(DomainException.Kind.INVALID_INPUT, "unknown-statistic",
					"problem.unknown-statistic.detail", List.of(new DomainException.FieldProblem("when",
							"unknown-statistic", "validation.supervision.when")));
		}
	}
}
