package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link Department}s with optimistic locking on {@code version}. */
@Repository
class DepartmentRepository {

	private static final String COLUMNS = "id, court_id, name, kind, active, version";

	/** Lists show departments in the order of {@link DepartmentKind}: 立案 first, then the trial divisions. */
	private static final String KIND_ORDER = Arrays.stream(DepartmentKind.values())
		.map(Enum::name)
		.collect(Collectors.joining(","));

	private final JdbcClient jdbc;

	DepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Department> find(DepartmentId id) {
		return jdbc.sql("select " + COLUMNS + " from department where id = ?")
			.param(id.value())
			.query(DepartmentRepository::map)
			.optional();
	}

	List<Department> activeAt(CourtId court) {
		return jdbc.sql("select " + COLUMNS + " from department where court_id = ? and active order by "
				+ "array_position(string_to_array(?, ','), kind::text), name")
			.params(court.value(), KIND_ORDER)
			.query(DepartmentRepository::map)
			.list();
	}

	Optional<Department> findActiveByName(CourtId court, String name) {
		return jdbc.sql("select " + COLUMNS + " from department where court_id = ? and name = ? and active")
			.params(court.value(), name)
			.query(DepartmentRepository::map)
			.optional();
	}

	/** @throws DomainException (conflict) when the court already has an active department of that name. */
	void insert(Department d) {
		try {
			jdbc.sql("insert into department (" + COLUMNS + ") values (?, ?, ?, ?, ?, 0)")
				.params(d.id().value(), d.court().value(), d.name(), d.kind().name(), d.active())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken();
		}
	}

	/** @throws DomainException (conflict) when someone else changed it since it was loaded, or the name is taken. */
	void update(Department d) {
		int rows;
		try {
			rows = jdbc.sql("""
					update department set name = ?, kind = ?, active = ?, version = version + 1
					 where id = ? and version = ?""")
				.params(d.name(), d.kind().name(), d.active(), d.id().value(), d.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken();
		}
		if (rows != 1) {
			throw DomainException.conflict("organization-stale", "problem.organization-stale.detail");
		}
	}

	private static DomainException nameTaken() {
		return DomainException.conflict("department-name-taken", "problem.department-name-taken.detail");
	}

	private static Department map(ResultSet rs, int row) throws SQLException {
		return new Department(new DepartmentId(rs.getObject("id", UUID.class)), new CourtId(rs.getString("court_id")),
				rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
				rs.getLong("version"));
	}
}
