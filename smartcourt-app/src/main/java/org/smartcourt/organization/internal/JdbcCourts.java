package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link Courts} read from the {@code court} table. */
@Service
class JdbcCourts implements Courts {

	private static final String COLUMNS = "id, name, code, level, parent_id, code_basis";

	private final JdbcClient jdbc;

	JdbcCourts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CourtSummary> find(CourtId id) {
		return jdbc.sql("select " + COLUMNS + " from court where id = ?")
			.param(id.value())
			.query(JdbcCourts::map)
			.optional();
	}

	@Override
	public List<CourtSummary> all() {
		return jdbc.sql("select " + COLUMNS + " from court where active order by level, id")
			.query(JdbcCourts::map)
			.list();
	}

	@Override
	public boolean isWithin(CourtId court, CourtId ancestor) {
		return jdbc.sql("""
				with recursive up(id, parent_id) as (
				    select id, parent_id from court where id = ?
				    union all
				    select c.id, c.parent_id from court c join up on c.id = up.parent_id)
				select count(*) from up where id = ?""")
			.params(court.value(), ancestor.value())
			.query(Long.class)
			.single() > 0;
	}

	private static CourtSummary map(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_id");
		return new CourtSummary(new CourtId(rs.getString("id")), rs.getString("name"), rs.getString("code"),
				CourtLevel.valueOf(rs.getString("level")), parent == null ? null : new CourtId(parent),
				"CONFIRMED".equals(rs.getString("code_basis")));
	}
}
