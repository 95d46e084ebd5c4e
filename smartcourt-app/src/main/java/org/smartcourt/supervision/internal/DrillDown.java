package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases behind a number: the stored facts that the same {@link FactEvaluation} counts, read in date order from
 * the index that bounds them (立案 or 结案 in the period, or pending on the day a stock is read), 500 at a time, and
 * filtered by the measure's condition until a page is full. The list of a number has exactly as many cases as the number.
 */
@Service
public class DrillDown {

	/** A page of cases, and where the next one starts ({@literal null} on the last page). */
	public record Page(List<Row> rows, Cursor next) {
	}

	/** One case on the list, with the value it adds (1, or its days for a summed measure). */
	public record Row(CaseFact fact, long value) {
	}

	/**
	 * Keyset position: the day the list is ordered by (立案 or 结案 for a flow; for a stock the day the case left it,
	 * {@link LocalDate#MAX} while pending), then for a stock its 立案, then the case id.
	 */
	public record Cursor(LocalDate date, LocalDate registeredOn, UUID caseId, long listed) {

		/** After {@code f}, with {@code listed} cases on the pages so far. */
		static Cursor after(CaseFact f, Basis basis, long listed) {
			return switch (basis) {
				case RECEIVED -> new Cursor(f.registeredOn(), null, f.caseId(), listed);
				case CLOSED -> new Cursor(f.closedOn(), null, f.caseId(), listed);
				case PENDING, PENDING_OVER -> new Cursor(f.closedOn() == null ? LocalDate.MAX : f.closedOn(),
						f.registeredOn(), f.caseId(), listed);
			};
		}
	}

	/** A stock's order key: pending cases last. */
	private static final String LEAVES = "coalesce(closed_on, 'infinity'::date)";

	private final JdbcTemplate jdbc;
	private final FactEvaluation evaluation;

	DrillDown(JdbcTemplate jdbc, FactEvaluation evaluation) {
		this.jdbc = jdbc;
		this.evaluation = evaluation;
	}

	/** The day a stock term is read on. */
	static LocalDate stockDay(Period period, Indicator.When when) {
		return when == Indicator.When.START ? period.dayBefore() : period.lastDay();
	}

	/** Candidates read per query: the planner then takes the index order instead of sorting the whole period. */
	private static final int BATCH = 500;

	/**
	 * A page of the list. {@code count} is the number when the measure counts cases (not for a sum): the list stops
	 * there, so a rare measure does not read the rest of the period to make sure nothing else is on it.
	 */
	@Transactional(readOnly = true)
	public Page page(StatisticsScope scope, Period period, Measure measure, Indicator.When when, Cursor after,
			int limit, Long count) {
		if (measure.basis().stock() == (when == Indicator.When.PERIOD)) {
			throw new IllegalArgumentException(measure.id() + " is not read " + when);
		}
		// a plan made for these dates and courts: the generic plan a pooled connection settles on after five runs
		// does not know a quarter from a decade, nor one court from the province, and sorts the whole range
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		long before = after == null ? 0 : after.listed();
		List<Row> rows = new ArrayList<>();
		Cursor from = after;
		while (count == null || before + rows.size() < count) {
			List<CaseFact> candidates = candidates(scope, period, measure, when, from);
			for (CaseFact f : candidates) {
				if (!evaluation.onList(measure, when, period, f)) {
					continue;
				}
				if (rows.size() == limit) {
					return new Page(rows, Cursor.after(rows.get(rows.size() - 1).fact(), measure.basis(),
							before + rows.size()));
				}
				rows.add(new Row(f, measure.basis().stock() ? 1 : evaluation.value(measure, f)));
			}
			if (candidates.size() < BATCH) {
				break;
			}
			from = Cursor.after(candidates.get(candidates.size() - 1), measure.basis(), 0);
		}
		return new Page(rows, null);
	}

	/** The next candidates in list order after {@code after}: bounded by the period or the stock's day. */
	private List<CaseFact> candidates(StatisticsScope scope, Period period, Measure measure, Indicator.When when,
			Cursor after) {
		boolean stock = measure.basis().stock();
		String order = stock ? LEAVES + ", registered_on, case_id"
				: (measure.basis() == Basis.CLOSED ? "closed_on" : "registered_on") + ", case_id";
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(CaseFactStore.COLUMNS)
			.append(" from supervision_case_fact where ");
		if (stock) {
			LocalDate day = stockDay(period, when);
			sql.append(LEAVES).append(" > ? and registered_on <= ?");
			args.add(day);
			// a long-pending case was registered months before the day (a bound with days to spare; the exact test is
			// the evaluation's)
			args.add(measure.basis() == Basis.PENDING_OVER ? day.minusMonths(measure.months()).plusDays(3) : day);
		}
		else {
			sql.append(measure.basis() == Basis.CLOSED ? "closed_on" : "registered_on").append(" between ? and ?");
			args.add(period.firstDay());
			args.add(period.lastDay());
		}
		if (scope.judgeId() != null) {
			sql.append(" and judge_id = ?");
			args.add(scope.judgeId());
		}
		else {
			// one court as an equality, so the court-first index gives the order
			if (scope.courtIds().size() == 1) {
				sql.append(" and court_id = ?");
				args.add(scope.courtIds().get(0));
			}
			else {
				sql.append(" and court_id = any(?)");
				args.add(scope.courtIds().toArray(String[]::new));
			}
			if (scope.departmentId() != null) {
				sql.append(" and department_id = ?");
				args.add(scope.departmentId());
			}
		}
		if (!scope.typeCodes().isEmpty()) {
			sql.append(" and type_code = any(?)");
			args.add(scope.typeCodes().toArray(String[]::new));
		}
		if (after != null) {
			sql.append(" and (").append(order).append(") > (cast(? as date), ");
			args.add(after.date() == LocalDate.MAX ? "infinity" : after.date().toString());
			if (stock) {
				sql.append("?, ");
				args.add(after.registeredOn());
			}
			sql.append("?)");
			args.add(after.caseId());
		}
		sql.append(" order by ").append(order).append(" limit ").append(BATCH);
		return jdbc.query(sql.toString(), CaseFactStore::map, args.toArray());
	}

}
