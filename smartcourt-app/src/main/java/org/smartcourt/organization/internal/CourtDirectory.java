package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法院名录: the public court directory (names, codes, hierarchy, and how sure each code is). Every signed-in user may
 * read it, since litigants pick the court they file with.
 */
@Service
public class CourtDirectory {

	static final String COLUMNS = "id, name, code, level, parent_id, division_code, code_basis, note, active";

	private final JdbcClient jdbc;

	CourtDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active courts in tree order: each court followed by the courts below it. */
	@Transactional(readOnly = true)
	public List<CourtRecord> tree() {
		List<CourtRecord> all = jdbc.sql("select " + COLUMNS + " from court where active order by id")
			.query(CourtDirectory::map)
			.list();
		Map<CourtId, List<CourtRecord>> children = new LinkedHashMap<>();
		List<CourtRecord> roots = new ArrayList<>();
		for (CourtRecord court : all) {
			if (court.parent() == null) {
				roots.add(court);
			}
			else {
				children.computeIfAbsent(court.parent(), k -> new ArrayList<>()).add(court);
			}
		}
		List<CourtRecord> ordered = new ArrayList<>();
		roots.forEach(root -> walk(root, children, ordered));
		return ordered;
	}

	/** @throws DomainException (not found) for an unknown court id. */
	@Transactional(readOnly = true)
	public CourtRecord get(CourtId id) {
		return jdbc.sql("select " + COLUMNS + " from court where id = ?")
			.param(id.value())
			.query(CourtDirectory::map)
			.optional()
			.orElseThrow(CourtDirectory::notFound);
	}

	/** The active courts directly below {@code id}. */
	@Transactional(readOnly = true)
	public List<CourtRecord> children(CourtId id) {
		return jdbc.sql("select " + COLUMNS + " from court where parent_id = ? and active order by id")
			.param(id.value())
			.query(CourtDirectory::map)
			.list();
	}

	/** {@code root} and every court below it, active or not. */
	@Transactional(readOnly = true)
	public Set<CourtId> subtree(CourtId root) {
		return jdbc.sql("""
				with recursive down(id) as (
				    select id from court where id = ?
				    union all
				    select c.id from court c join down on c.parent_id = down.id)
				select id from down""")
			.param(root.value())
			.query((rs, row) -> new CourtId(rs.getString("id")))
			.set();
	}

	/**
	 * Reads a court id from a URL. A malformed id cannot name any court, so it is answered like an unknown one.
	 *
	 * @throws DomainException (not found) when {@code value} is not a well-formed court id.
	 */
	public static CourtId parseId(String value) {
		try {
			return new CourtId(value);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	static DomainException notFound() {
		return DomainException.notFound("court-not-found", "problem.court-not-found.detail");
	}

	private static void walk(CourtRecord court, Map<CourtId, List<CourtRecord>> children, List<CourtRecord> out) {
		out.add(court);
		children.getOrDefault(court.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(CourtRecord::level).thenComparing(c -> c.id().value()))
			.forEach(child -> walk(child, children, out));
	}

	static CourtRecord map(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_id");
		return new CourtRecord(new CourtId(rs.getString("id")), rs.getString("name"), rs.getString("code"),
				CourtLevel.valueOf(rs.getString("level")), parent == null ? null : new CourtId(parent),
				rs.getString("division_code"), rs.getString("code_basis"), rs.getString("note"),
				rs.getBoolean("active"));
	}
}
