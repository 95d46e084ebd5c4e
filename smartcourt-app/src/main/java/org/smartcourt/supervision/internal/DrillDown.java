package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases behind a number: the stored facts that the same {@link FactEvaluation} counts, read in date order from
 * the index that bounds them (立案 or 结案 in the period, or pending on the day a stock is read) and filtered by the
 * measure's condition until a page is full. The list of a number has exactly as many cases as the number.
 */
@Service
public class DrillDown {

	/** A page of cases, and where the next one starts ({@literal null} on the last page). */
	public record Page(List<Row> rows, Cursor next) {
	}

	/** One case on the list, with the value it adds (1, or its days for a summed measure). */
	public record Row(CaseFact fact, long value) {
	}

	/** Keyset position: the date the list is ordered by and the case id. */
	public record Cursor(LocalDate date, UUID caseId) {
	}

	private final JdbcTemplate streaming;
	private final FactEvaluation evaluation;

	DrillDown(DataSource dataSource, Definitions definitions) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(500);
		this.evaluation = new FactEvaluation(definitions);
	}

	/** The day a stock term is read on. */
	static LocalDate stockDay(Period period, Indicator.When when) {
		return when == Indicator.When.START ? period.dayBefore() : period.lastDay();
	}

	@Transactional(readOnly = true)
	public Page page(StatisticsScope scope, Period period, Measure measure, Indicator.When when, Cursor after,
			int limit) {
		boolean stock = measure.basis().stock();
		if (stock == (when == Indicator.When.PERIOD)) {
			throw new IllegalArgumentException(measure.id() + " is not read " + when);
		}
		String dateColumn = measure.basis() == Basis.CLOSED ? "closed_on" : "registered_on";
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(CaseFactStore.COLUMNS)
			.append(" from supervision_case_fact where ");
		LocalDate day = stock ? stockDay(period, when) : null;
		if (stock) {
			sql.append("registered_on <= ? and (closed_on is null or closed_on > ?)");
			args.add(day);
			args.add(day);
		}
		else {
			sql.append(dateColumn).append(" between ? and ?");
			args.add(period.firstDay());
			args.add(period.lastDay());
		}
		if (scope.judgeId() != null) {
			sql.append(" and judge_id = ?");
			args.add(scope.judgeId());
		}
		else {
			sql.append(" and court_id = any(?)");
			args.add(scope.courtIds().toArray(String[]::new));
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
			sql.append(" and (").append(dateColumn).append(", case_id) > (?, ?)");
			args.add(after.date());
			args.add(after.caseId());
		}
		sql.append(" order by ").append(dateColumn).append(", case_id");
		try (Stream<CaseFact> candidates = streaming.queryForStream(sql.toString(), CaseFactStore::map,
				args.toArray())) {
			List<Row> rows = new ArrayList<>();
			Cursor next = null;
			var it = candidates.iterator();
			while (it.hasNext()) {
				CaseFact f = it.next();
				if (!evaluation.onList(measure, when, period, f)) {
					continue;
				}
				if (rows.size() == limit) {
					Row last = rows.get(rows.size() - 1);
					next = new Cursor(measure.basis() == Basis.CLOSED ? last.fact().closedOn()
							: last.fact().registeredOn(), last.fact().caseId());
					break;
				}
				rows.add(new Row(f, stock ? 1 : evaluation.value(measure, f)));
			}
			return new Page(rows, next);
		}
	}

	/** Every case behind the number (for exports and for checking that the list adds up). */
	@Transactional(readOnly = true)
	public List<Row> all(StatisticsScope scope, Period period, Measure measure, Indicator.When when) {
		List<Row> out = new ArrayList<>();
		Cursor cursor = null;
		do {
			Page p = page(scope, period, measure, when, cursor, 2000);
			out.addAll(p.rows());
			cursor = p.next();
		}
		while (cursor != null);
		return out;
	}
}
