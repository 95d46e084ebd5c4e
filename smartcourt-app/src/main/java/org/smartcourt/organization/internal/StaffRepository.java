package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link StaffMember}s with optimistic locking on {@code version}; case categories as a code array. */
@Repository
class StaffRepository {

	private static final String COLUMNS = """
			id, court_id, department_id, name, position, username,
			array_to_string(case_categories, ',') as case_categories, active, version""";

	/** Lists show staff by rank, in the order of {@link Position}: 院长 first. */
	private static final String POSITION_ORDER = Arrays.stream(Position.values())
		.map(Enum::name)
		.collect(Collectors.joining(","));

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffMember> find(StaffId id) {
		return jdbc.sql("select " + COLUMNS + " from staff_member where id = ?")
			.param(id.value())
			.query(StaffRepository::map)
			.optional();
	}

	List<StaffMember> activeAt(CourtId court) {
		return jdbc.sql("select " + COLUMNS + " from staff_member where court_id = ? and active order by "
				+ "array_position(string_to_array(?, ','), position::text), name")
			.params(court.value(), POSITION_ORDER)
			.query(StaffRepository::map)
			.list();
	}

	java.util.Map<CourtId, Integer> hearingCounts(java.util.Collection<CourtId> courts) {
		String[] hearing = java.util.Arrays.stream(org.smartcourt.organization.Position.values())
			.filter(org.smartcourt.organization.Position::hearsCases)
			.map(Enum::name)
			.toArray(String[]::new);
		java.util.Map<CourtId, Integer> out = new java.util.HashMap<>();
		jdbc.sql("select court_id, count(*) from staff_member where active and court_id = any(?) "
				+ "and position = any(?) group by court_id")
			.params(courts.stream().map(CourtId::value).toArray(String[]::new), hearing)
			.query(rs -> {
				out.put(new CourtId(rs.getString(1)), rs.getInt(2));
			});
		return out;
	}

	List<StaffMember> activeIn(UUID department) {
		return jdbc.sql("select " + COLUMNS + " from staff_member where department_id = ? and active order by "
				+ "array_position(string_to_array(?, ','), position::text), name")
			.params(department, POSITION_ORDER)
			.query(StaffRepository::map)
			.list();
	}

	Optional<StaffMember> findActiveByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from staff_member where username = ? and active")
			.param(username)
			.query(StaffRepository::map)
			.optional();
	}

	boolean existsActiveUsername(String username) {
		return jdbc.sql("select count(*) from staff_member where username = ? and active")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	/** @throws DomainException (conflict) when another active staff record is linked to the same account. */
	void insert(StaffMember s) {
		try {
			jdbc.sql("""
					insert into staff_member (id, court_id, department_id, name, position, username, case_categories,
					       active, version)
					values (?, ?, ?, ?, ?, ?, string_to_array(?, ',')::varchar(4)[], ?, 0)""")
				.params(s.id().value(), s.court().value(), s.department() == null ? null : s.department().value(),
						s.name(), s.position().name(), s.username(), codes(s.caseCategories()), s.active())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw usernameTaken();
		}
	}

	/** @throws DomainException (conflict) when someone else changed it since it was loaded, or the account is taken. */
	void update(StaffMember s) {
		int rows;
		try {
			rows = jdbc.sql("""
					update staff_member set department_id = ?, name = ?, position = ?, username = ?,
					       case_categories = string_to_array(?, ',')::varchar(4)[], active = ?, version = version + 1
					 where id = ? and version = ?""")
				.params(s.department() == null ? null : s.department().value(), s.name(), s.position().name(),
						s.username(), codes(s.caseCategories()), s.active(), s.id().value(), s.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw usernameTaken();
		}
		if (rows != 1) {
			throw DomainException.conflict("organization-stale", "problem.organization-stale.detail");
		}
	}

	private static DomainException usernameTaken() {
		return DomainException.conflict("staff-username-taken", "problem.staff-username-taken.detail");
	}

	private static String codes(Set<CaseCategory> categories) {
		return categories.stream().map(CaseCategory::code).sorted().collect(Collectors.joining(","));
	}

	private static StaffMember map(ResultSet rs, int row) throws SQLException {
		UUID department = rs.getObject("department_id", UUID.class);
		String codes = rs.getString("case_categories");
		Set<CaseCategory> categories = EnumSet.noneOf(CaseCategory.class);
		if (codes != null && !codes.isEmpty()) {
			Arrays.stream(codes.split(",")).map(CaseCategory::fromCode).flatMap(Optional::stream).forEach(categories::add);
		}
		return new StaffMember(new StaffId(rs.getObject("id", UUID.class)), new CourtId(rs.getString("court_id")),
				department == null ? null : new DepartmentId(department), rs.getString("name"),
				Position.valueOf(rs.getString("position")), rs.getString("username"), categories,
				rs.getBoolean("active"), rs.getLong("version"));
	}
}
