package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link Courtroom}s with optimistic locking on {@code version}. */
@Repository
class CourtroomRepository {

	private static final String COLUMNS = "id, court_id, name, technology, capacity, location, active, version";

	private final JdbcClient jdbc;

	CourtroomRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Courtroom> find(CourtroomId id) {
		return jdbc.sql("select " + COLUMNS + " from courtroom where id = ?")
			.param(id.value())
			.query(CourtroomRepository::map)
			.optional();
	}

	List<Courtroom> activeAt(CourtId court) {
		return jdbc.sql("select " + COLUMNS + " from courtroom where court_id = ? and active order by name")
			.param(court.value())
			.query(CourtroomRepository::map)
			.list();
	}

	boolean existsActive(CourtId court, String name) {
		return jdbc.sql("select count(*) from courtroom where court_id = ? and name = ? and active")
			.params(court.value(), name)
			.query(Long.class)
			.single() > 0;
	}

	/** @throws DomainException (conflict) when the court already has an active courtroom of that name. */
	void insert(Courtroom c) {
		try {
			jdbc.sql("insert into courtroom (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, 0)")
				.params(c.id().value(), c.court().value(), c.name(), c.technology(), c.capacity(), c.location(),
						c.active())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken();
		}
	}

	/** @throws DomainException (conflict) when someone else changed it since it was loaded, or the name is taken. */
	void update(Courtroom c) {
		int rows;
		try {
			rows = jdbc.sql("""
					update courtroom set name = ?, technology = ?, capacity = ?, location = ?, active = ?,
					       version = version + 1
					 where id = ? and version = ?""")
				.params(c.name(), c.technology(), c.capacity(), c.location(), c.active(), c.id().value(),
						c.version())
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
		return DomainException.conflict("courtroom-name-taken", "problem.courtroom-name-taken.detail");
	}

	private static Courtroom map(ResultSet rs, int row) throws SQLException {
		return new Courtroom(new CourtroomId(rs.getObject("id", UUID.class)), new CourtId(rs.getString("court_id")),
				rs.getString("name"), rs.getBoolean("technology"), rs.getInt("capacity"), rs.getString("location"),
				rs.getBoolean("active"), rs.getLong("version"));
	}
}
