package org.smartcourt.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Causes} read from the {@code cause_of_action} table, in catalogue order. Lists and searches show only the
 * causes of the current reference data; {@link #find} and {@link #path} also answer for a cause a later version
 * dropped, so a case filed under it still shows its cause.
 */
@Service
class JdbcCauses implements Causes {

	static final String COLUMNS = "code, name, level, parent_code";

	private final JdbcClient jdbc;

	JdbcCauses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CauseOfAction> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from cause_of_action where code = ?")
			.param(code)
			.query(JdbcCauses::map)
			.optional();
	}

	@Override
	public List<CauseOfAction> roots() {
		return jdbc.sql("select " + COLUMNS + " from cause_of_action where level = 1 and active order by position")
			.query(JdbcCauses::map)
			.list();
	}

	@Override
	public List<CauseOfAction> children(String parentCode) {
		return jdbc.sql("select " + COLUMNS + " from cause_of_action where parent_code = ? and active order by position")
			.param(parentCode)
			.query(JdbcCauses::map)
			.list();
	}

	/** Exact names first, then names that start with the text, then the rest, each in catalogue order. */
	@Override
	public List<CauseOfAction> search(String text, int limit) {
		String needle = text == null ? "" : text.strip();
		if (needle.isEmpty() || limit <= 0) {
			return List.of();
		}
		// strpos rather than like: the text is matched literally, with no wildcards to escape
		return jdbc.sql("""
				select %s from cause_of_action
				where active and strpos(name, :text) > 0
				order by case when name = :text then 0 when strpos(name, :text) = 1 then 1 else 2 end, position
				limit :limit""".formatted(COLUMNS))
			.param("text", needle)
			.param("limit", limit)
			.query(JdbcCauses::map)
			.list();
	}

	@Override
	public List<CauseOfAction> path(String code) {
		return jdbc.sql("""
				with recursive up(code, name, level, parent_code) as (
				    select code, name, level, parent_code from cause_of_action where code = ?
				    union all
				    select c.code, c.name, c.level, c.parent_code from cause_of_action c join up on c.code = up.parent_code)
				select %s from up order by level""".formatted(COLUMNS))
			.param(code)
			.query(JdbcCauses::map)
			.list();
	}

	static CauseOfAction map(ResultSet rs, int row) throws SQLException {
		return new CauseOfAction(rs.getString("code"), rs.getString("name"), rs.getInt("level"),
				rs.getString("parent_code"));
	}
}
