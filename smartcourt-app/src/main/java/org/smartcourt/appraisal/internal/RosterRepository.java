package org.smartcourt.appraisal.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roster tables. */
@Repository
public class RosterRepository {

	private final JdbcClient jdbc;

	RosterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A line of the roster's history: 除名 or 恢复. */
	public record Event(String kind, LocalDate on, String reason, String actor, Instant at) {
	}

	/** A declared conflict (利害关系). */
	public record Conflict(UUID id, String person, String reason, Instant declaredAt) {
	}

	List<Institution> ofCourt(CourtId court) {
		return jdbc.sql("select * from appraisal_institution where court_id = ? order by name")
			.param(court.value())
			.query(this::row)
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	Optional<Institution> find(UUID id) {
		return jdbc.sql("select * from appraisal_institution where id = ?").param(id).query(this::row).optional()
			.map(this::complete);
	}

	Optional<Institution> ofAccount(String username) {
		return jdbc.sql("select * from appraisal_institution where account_username = ? order by created_at limit 1")
			.param(username)
			.query(this::row)
			.optional()
			.map(this::complete);
	}

	boolean licenceTaken(CourtId court, String licence) {
		return jdbc.sql("select count(*) from appraisal_institution where court_id = ? and licence_number = ?")
			.params(court.value(), licence)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Institution i, Instant now) {
		jdbc.sql("""
				insert into appraisal_institution (id, court_id, name, licence_number, licence_valid_until, contact_phone,
				  account_username, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(i.id(), i.court().value(), i.name(), i.licence(), Date.valueOf(i.licenceValidUntil()), i.phone(),
					i.account(), Timestamp.from(now))
			.update();
		i.fields().forEach(f -> addField(i.id(), f));
	}

	void addField(UUID id, String field) {
		jdbc.sql("insert into appraisal_institution_field (institution_id, field_code) values (?, ?) on conflict do nothing")
			.params(id, field)
			.update();
	}

	void updateLicence(UUID id, LocalDate validUntil) {
		jdbc.sql("update appraisal_institution set licence_valid_until = ? where id = ?")
			.params(Date.valueOf(validUntil), id)
			.update();
	}

	void addAppraiser(UUID institution, Institution.Appraiser a) {
		jdbc.sql("insert into appraisal_appraiser (id, institution_id, name, certificate_number, field_code) values (?, ?, ?, ?, ?)")
			.params(a.id(), institution, a.name(), a.certificate(), a.field())
			.update();
	}

	void saveReview(UUID institution, Institution.AnnualReview r, Instant now) {
		jdbc.sql("""
				insert into appraisal_annual_review (institution_id, year, passed, note, recorded_at) values (?, ?, ?, ?, ?)
				on conflict (institution_id, year) do update set passed = excluded.passed, note = excluded.note,
				  recorded_at = excluded.recorded_at""")
			.params(institution, r.year(), r.passed(), r.note(), Timestamp.from(now))
			.update();
	}

	void addConflict(UUID institution, String person, String reason, Instant now) {
		jdbc.sql("insert into appraisal_conflict (id, institution_id, person_name, reason, declared_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), institution, person, reason, Timestamp.from(now))
			.update();
	}

	List<Conflict> conflicts(UUID institution) {
		return jdbc.sql("select * from appraisal_conflict where institution_id = ? order by declared_at")
			.param(institution)
			.query((rs, n) -> new Conflict(rs.getObject("id", UUID.class), rs.getString("person_name"),
					rs.getString("reason"), rs.getTimestamp("declared_at").toInstant()))
			.list();
	}

	/** Declared conflicts with any of {@code names}, by institution id. */
	Map<UUID, String> conflictsWith(Set<String> names) {
		Map<UUID, String> found = new HashMap<>();
		if (names.isEmpty()) {
			return found;
		}
		jdbc.sql("select institution_id, person_name, reason from appraisal_conflict where person_name in (:names)")
			.param("names", names)
			.query((rs, n) -> found.putIfAbsent(rs.getObject("institution_id", UUID.class),
					"与本案当事人或代理人" + rs.getString("person_name") + "有利害关系：" + rs.getString("reason")))
			.list();
		return found;
	}

	void setRemoved(UUID id, LocalDate on, String reason) {
		jdbc.sql("update appraisal_institution set removed_on = ?, removal_reason = ? where id = ?")
			.params(on == null ? null : Date.valueOf(on), reason, id)
			.update();
	}

	void addEvent(UUID institution, String kind, LocalDate on, String reason, String actor, Instant now) {
		jdbc.sql("""
				insert into appraisal_roster_event (id, institution_id, kind, on_date, reason, actor_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), institution, kind, Date.valueOf(on), reason, actor, Timestamp.from(now))
			.update();
	}

	List<Event> events(UUID institution) {
		return jdbc.sql("select * from appraisal_roster_event where institution_id = ? order by recorded_at")
			.param(institution)
			.query((rs, n) -> new Event(rs.getString("kind"), rs.getDate("on_date").toLocalDate(), rs.getString("reason"),
					rs.getString("actor_username"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private Institution row(ResultSet rs, int n) throws SQLException {
		Date removed = rs.getDate("removed_on");
		return new Institution(rs.getObject("id", UUID.class), new CourtId(rs.getString("court_id")), rs.getString("name"),
				rs.getString("licence_number"), rs.getDate("licence_valid_until").toLocalDate(),
				rs.getString("contact_phone"), rs.getString("account_username"),
				removed == null ? null : removed.toLocalDate(), rs.getString("removal_reason"), Set.of(), Map.of(),
				List.of());
	}

	private Institution complete(Institution i) {
		Set<String> fields = new HashSet<>(jdbc.sql("select field_code from appraisal_institution_field where institution_id = ?")
			.param(i.id())
			.query(String.class)
			.list());
		Map<Integer, Institution.AnnualReview> reviews = new HashMap<>();
		jdbc.sql("select year, passed, note from appraisal_annual_review where institution_id = ?")
			.param(i.id())
			.query((rs, n) -> new Institution.AnnualReview(rs.getInt("year"), rs.getBoolean("passed"), rs.getString("note")))
			.list()
			.forEach(r -> reviews.put(r.year(), r));
		List<Institution.Appraiser> appraisers = jdbc
			.sql("select * from appraisal_appraiser where institution_id = ? order by name")
			.param(i.id())
			.query((rs, n) -> new Institution.Appraiser(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("certificate_number"), rs.getString("field_code")))
			.list();
		return new Institution(i.id(), i.court(), i.name(), i.licence(), i.licenceValidUntil(), i.phone(), i.account(),
				i.removedOn(), i.removalReason(), fields, reviews, appraisers);
	}
}
