package org.smartcourt.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判质效 for the people who may see it: the board of a scope and period, a trend, the cases behind any number,
 * and the courts of an area side by side (in court order with their distribution: the 2024 SPC system forbids
 * league tables). Every list of cases opened is audited.
 */
@Service
public class TrialStatistics {

	/** The board: every indicator of a scope and period, and how many changed cases are still being counted. */
	public record Board(StatisticsScope scope, Period period, List<IndicatorValue> indicators, long waiting) {
	}

	/** The cases behind one number. */
	public record CaseList(StatisticsScope scope, Period period, Measure measure, Indicator.When when, long total,
			DrillDown.Page page) {
	}

	/** One court's value in a comparison. */
	public record CourtValue(Courts.CourtSummary court, IndicatorValue value) {
	}

	private final Scopes scopes;
	private final IndicatorBoard board;
	private final DrillDown drill;
	private final Definitions definitions;
	private final StatisticsRefresh refresh;
	private final Courts courts;
	private final CourtHierarchy hierarchy;
	private final AuditTrail audit;

	TrialStatistics(Scopes scopes, IndicatorBoard board, DrillDown drill, Definitions definitions,
			StatisticsRefresh refresh, Courts courts, CourtHierarchy hierarchy, AuditTrail audit) {
		this.scopes = scopes;
		this.board = board;
		this.drill = drill;
		this.definitions = definitions;
		this.refresh = refresh;
		this.courts = courts;
		this.hierarchy = hierarchy;
		this.audit = audit;
	}

	public Board board(Actor actor, Scopes.Request request, Period period) {
		StatisticsScope scope = scopes.resolve(actor, request);
		return new Board(scope, period, board.compute(scope, period), refresh.waiting());
	}

	/** Some indicators for each month of the period, for the board's chart. */
	public record Month(java.time.YearMonth month, List<IndicatorValue> values) {
	}

	public List<Month> monthly(Actor actor, Scopes.Request request, Period period, List<String> indicatorIds) {
		StatisticsScope scope = scopes.resolve(actor, request);
		List<Indicator> wanted = indicatorIds.stream().map(this::indicator).toList();
		return period.months()
			.stream()
			.map(m -> new Month(m, board.compute(scope, Period.month(m), wanted)))
			.toList();
	}

	public List<IndicatorValue> trend(Actor actor, Scopes.Request request, String indicatorId, Period period) {
		return board.trend(scopes.resolve(actor, request), indicator(indicatorId), period);
	}

	/**
	 * A page of the cases behind measure {@code measureId} read {@code when} in the period; {@code total} is the
	 * number the board shows, which the list adds up to.
	 */
	@Transactional(readOnly = true)
	public CaseList cases(Actor actor, Scopes.Request request, Period period, String measureId, Indicator.When when,
			DrillDown.Cursor after, int limit) {
		StatisticsScope scope = scopes.resolve(actor, request);
		Measure measure = definitions.measure(measureId).orElseThrow(() -> unknown("measure"));
		if (measure.basis().stock() == (when == Indicator.When.PERIOD)) {
			throw unknown("when");
		}
		long total = board.number(scope, period, measure, when);
		DrillDown.Page page = drill.page(scope, period, measure, when, after, limit, measure.summed() ? null : total);
		audit.success("supervision.cases", "statistics", measureId + " " + period.text() + " " + scope.label());
		return new CaseList(scope, period, measure, when, total, page);
	}

	/** One judge's figures in a comparison of the judges of a department or court. */
	public record JudgeFigures(org.smartcourt.organization.Staffing.StaffSummary judge, List<IndicatorValue> values) {
	}

	/** The indicators that compare judges: their caseload, pace and timeliness. */
	public static final List<String> JUDGE_INDICATORS = List.of("received", "closed", "pending", "closure-rate",
			"within-legal-period", "average-trial-days", "pending-over-12-months");

	/**
	 * The judges of the viewer's scope side by side (a 庭长 their department's, a 院长 their court's or one department's
	 * of it), each from their own cases, in the order of the staff list.
	 */
	public List<JudgeFigures> judges(Actor actor, Scopes.Request request, Period period) {
		if (actor.role() != org.smartcourt.shared.Role.PRESIDENT
				&& actor.role() != org.smartcourt.shared.Role.DIVISION_HEAD) {
			throw Scopes.forbidden();
		}
		List<Indicator> wanted = JUDGE_INDICATORS.stream().map(this::indicator).toList();
		StatisticsScope scope = scopes.resolve(actor, new Scopes.Request(request.court(), false, request.department(),
				null, request.typeCode()));
		List<JudgeFigures> out = new ArrayList<>();
		for (var judge : scopes.options(actor, new Scopes.Request(request.court(), false, request.department(), null,
				null)).judges()) {
			StatisticsScope own = new StatisticsScope(scope.courts(), scope.departmentId(), judge.id(),
					scope.typeCodes(), judge.name());
			out.add(new JudgeFigures(judge, board.compute(own, period, wanted)));
		}
		return out;
	}

	/** The courts of the viewer's area side by side, in court order (never ranked), for one indicator. */
	public List<CourtValue> courts(Actor actor, String indicatorId, Period period, String typeCode) {
		if (actor.role() != org.smartcourt.shared.Role.PRESIDENT) {
			throw Scopes.forbidden();
		}
		Indicator indicator = indicator(indicatorId);
		List<CourtId> area = new ArrayList<>(hierarchy.subtree(actor.court()));
		area.sort(Comparator.comparing(CourtId::value));
		java.util.Set<String> types = typeCode == null || typeCode.isBlank() ? java.util.Set.of()
				: java.util.Set.of(typeCode.strip());
		var values = board.byCourt(area.stream().map(CourtId::value).toList(), types, period, indicator);
		List<CourtValue> out = new ArrayList<>();
		for (CourtId court : area) {
			courts.find(court).ifPresent(c -> out.add(new CourtValue(c, values.get(court.value()))));
		}
		return out;
	}

	public Scopes.Options options(Actor actor, Scopes.Request request) {
		return scopes.options(actor, request);
	}

	public List<Indicator> indicators() {
		return definitions.indicators();
	}

	public Indicator indicator(String id) {
		return definitions.indicator(id).orElseThrow(() -> unknown("indicator"));
	}

	private static DomainException unknown(String field) {
		return new DomainException(DomainException.Kind.INVALID_INPUT, "unknown-statistic",
				"problem.unknown-statistic.detail",
				List.of(new DomainException.FieldProblem(field, "unknown-statistic", "validation.supervision." + field)));
	}
}
