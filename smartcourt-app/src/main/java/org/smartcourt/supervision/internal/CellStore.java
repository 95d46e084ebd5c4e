package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code supervision_cell}: monthly sums per court, measure, department and 类型代字. */
@Repository
class CellStore {

	private final JdbcTemplate template;
	private final NamedParameterJdbcTemplate named;

	CellStore(JdbcTemplate template, NamedParameterJdbcTemplate named) {
		this.template = template;
		this.named = named;
	}

	/** Adds each change to its cell, in key order (so concurrent batches cannot deadlock); zeros are skipped. */
	void add(Map<CellKey, Long> changes) {
		List<Map.Entry<CellKey, Long>> rows = new ArrayList<>();
		new TreeMap<>(changes).forEach((k, v) -> {
			if (v != 0) {
				rows.add(Map.entry(k, v));
			}
		});
		template.batchUpdate("""
				insert into supervision_cell (court_id, measure, month, department_id, type_code, value)
				values (?, ?, ?, ?, ?, ?)
				on conflict (court_id, measure, month, department_id, type_code)
				do update set value = supervision_cell.value + excluded.value""", rows, 1000, (ps, e) -> {
			CellKey k = e.getKey();
			ps.setString(1, k.courtId());
			ps.setString(2, k.measure());
			ps.setObject(3, k.month());
			ps.setObject(4, k.departmentId());
			ps.setString(5, k.typeCode());
			ps.setLong(6, e.getValue());
		});
	}

	void deleteMeasure(String measure) {
		template.update("delete from supervision_cell where measure = ?", measure);
	}

	/** A measure's sums over a scope: in the period, before it (a stock's start) and up to its end. */
	record Sums(long period, long atStart, long atEnd) {
		static final Sums ZERO = new Sums(0, 0, 0);
	}

	/**
	 * The sums of {@code measures} over the courts (and, when given, one department and some 类型代字) for the
	 * months {@code from} to {@code to} (first days); stocks read every month up to {@code to}, flows only the
	 * period's.
	 */
	Map<String, Sums> sums(Collection<String> courts, UUID department, Collection<String> typeCodes,
			Collection<String> flows, Collection<String> stocks, LocalDate from, LocalDate to) {
		Map<String, Sums> out = new HashMap<>();
		if (courts.isEmpty() || flows.isEmpty() && stocks.isEmpty()) {
			return out;
		}
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("courts", courts)
			.addValue("from", from)
			.addValue("to", to)
			.addValue("flows", flows.isEmpty() ? List.of("") : flows)
			.addValue("stocks", stocks.isEmpty() ? List.of("") : stocks);
		StringBuilder where = new StringBuilder(" court_id in (:courts) and month <= :to");
		if (department != null) {
			where.append(" and department_id = :department");
			p.addValue("department", department);
		}
		if (typeCodes != null && !typeCodes.isEmpty()) {
			where.append(" and type_code in (:types)");
			p.addValue("types", typeCodes);
		}
		String sql = "select measure, coalesce(sum(value) filter (where month >= :from), 0) as period, "
				+ "coalesce(sum(value) filter (where month < :from), 0) as at_start, coalesce(sum(value), 0) as at_end "
				+ "from supervision_cell where ((measure in (:flows) and month >= :from) or measure in (:stocks)) and"
				+ where + " group by measure";
		named.query(sql, p, rs -> {
			out.put(rs.getString("measure"),
					new Sums(rs.getLong("period"), rs.getLong("at_start"), rs.getLong("at_end")));
		});
		return out;
	}

	/** Per court, the same sums (for the high court's comparison of its courts). */
	Map<String, Map<String, Sums>> sumsByCourt(Collection<String> courts, Collection<String> typeCodes,
			Collection<String> flows, Collection<String> stocks, LocalDate from, LocalDate to) {
		Map<String, Map<String, Sums>> out = new HashMap<>();
		if (courts.isEmpty()) {
			return out;
		}
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("courts", courts)
			.addValue("from", from)
			.addValue("to", to)
			.addValue("flows", flows.isEmpty() ? List.of("") : flows)
			.addValue("stocks", stocks.isEmpty() ? List.of("") : stocks);
		String types = "";
		if (typeCodes != null && !typeCodes.isEmpty()) {
			types = " and type_code in (:types)";
			p.addValue("types", typeCodes);
		}
		named.query("select court_id, measure, coalesce(sum(value) filter (where month >= :from), 0) as period, "
				+ "coalesce(sum(value) filter (where month < :from), 0) as at_start, coalesce(sum(value), 0) as at_end "
				+ "from supervision_cell where ((measure in (:flows) and month >= :from) or measure in (:stocks)) "
				+ "and court_id in (:courts) and month <= :to" + types + " group by court_id, measure", p, rs -> {
					out.computeIfAbsent(rs.getString("court_id"), c -> new HashMap<>())
						.put(rs.getString("measure"),
								new Sums(rs.getLong("period"), rs.getLong("at_start"), rs.getLong("at_end")));
				});
		return out;
	}
}
