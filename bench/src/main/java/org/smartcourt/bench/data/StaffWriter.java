package org.smartcourt.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.ObjLongConsumer;

import org.smartcourt.appraisal.internal.Institution;

/**
 * Writes the staff phase: departments the courts do not have yet, courtrooms, staff, judge teams, login accounts
 * for the bench judges and clerks (same password hash as the demo users, so the demo password signs them in), and
 * the courts' rosters ({@link Rosters}): mediators where a court has none, appraisal institutions with their fields,
 * 鉴定人 and annual reviews. One transaction, marked as chunk {@code staff}.
 */
final class StaffWriter {

	private final Province province;
	private final GenerationPlan plan;

	StaffWriter(Province province, GenerationPlan plan) {
		this.province = province;
		this.plan = plan;
	}

	void write(Connection c, ObjLongConsumer<String> counted) throws SQLException {
		String hash;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select password_hash from user_account where username = 'judge'")) {
			if (!rs.next()) {
				throw new IllegalStateException("no demo user 'judge' to copy the password hash from (demo mode?)");
			}
			hash = rs.getString(1);
		}
		Instant at = plan.from().atStartOfDay(CaseChunk.CHINA).toInstant();
		CopyRows departments = new CopyRows("department", "id, court_id, name, kind");
		CopyRows rooms = new CopyRows("courtroom", "id, court_id, name, technology, capacity, location");
		CopyRows staff = new CopyRows("staff_member", "id, court_id, department_id, name, position, username, "
				+ "case_categories");
		CopyRows teams = new CopyRows("judge_team", "judge_staff_id, court_id, assistant_staff_id, clerk_staff_id, "
				+ "updated_by, updated_at");
		CopyRows accounts = new CopyRows("user_account", "id, username, password_hash, display_name, role, court_id, "
				+ "password_changed_at, created_at");
		CopyRows organizations = new CopyRows("mediation_organization", "id, court_id, name, specialties, active, "
				+ "created_at");
		CopyRows mediators = new CopyRows("mediator", "id, court_id, organization_id, name, username, specialties, "
				+ "active, created_at");
		CopyRows institutions = new CopyRows("appraisal_institution", "id, court_id, name, licence_number, "
				+ "licence_valid_until, contact_phone, created_at");
		CopyRows fields = new CopyRows("appraisal_institution_field", "institution_id, field_code");
		CopyRows appraisers = new CopyRows("appraisal_appraiser", "id, institution_id, name, certificate_number, "
				+ "field_code");
		CopyRows reviews = new CopyRows("appraisal_annual_review", "institution_id, year, passed, note, recorded_at");
		for (Court court : province.courts()) {
			Staffing s = province.staffing(court.id());
			for (Staffing.Department d : s.departments().values()) {
				if (!d.existing()) {
					departments.row(d.id(), court.id(), d.name(), d.kind());
				}
			}
			for (Staffing.Courtroom r : s.courtrooms()) {
				rooms.row(r.id(), court.id(), r.name(), r.technology(), r.capacity(), court.name() + "审判楼");
			}
			for (Staffing.Member m : s.members()) {
				staff.row(m.id(), court.id(), m.departmentId(), m.name(), m.position(), m.username(),
						"{" + String.join(",", m.categories()) + "}");
				if (m.username() != null) {
					accounts.row(java.util.UUID.nameUUIDFromBytes(m.username().getBytes()), m.username(), hash,
							m.name(), m.position().equals("JUDGE") ? "JUDGE" : "CLERK", court.id(), at, at);
				}
			}
			for (var judges : s.judges().values()) {
				for (Staffing.Judge j : judges) {
					teams.row(j.judge().id(), court.id(), j.assistant().id(), j.clerk().id(), CaseChunk.GENERATOR, at);
				}
			}
			Rosters r = province.rosters(court.id());
			for (Rosters.Organization o : r.organizations()) {
				organizations.row(o.id(), court.id(), o.name(), o.specialties(), true, at);
			}
			for (Rosters.Mediator m : r.mediatorsToWrite()) {
				mediators.row(m.id(), court.id(), m.organizationId(), m.name(), null, m.specialties(), true, at);
			}
			for (Institution i : r.plannedInstitutions()) {
				institutions.row(i.id(), court.id(), i.name(), i.licence(), i.licenceValidUntil(), i.phone(), at);
				i.fields().forEach(f -> fields.row(i.id(), f));
				i.appraisers().forEach(a -> appraisers.row(a.id(), i.id(), a.name(), a.certificate(), a.field()));
				for (Institution.AnnualReview review : i.reviews().values()) {
					// recorded early in the year after the one reviewed
					LocalDate recorded = LocalDate.of(review.year() + 1, 1, 20);
					reviews.row(i.id(), review.year(), review.passed(), review.note(),
							(recorded.isAfter(plan.asOf()) ? plan.asOf() : recorded).atStartOfDay(CaseChunk.CHINA)
								.toInstant());
				}
			}
		}
		c.setAutoCommit(false);
		try {
			for (CopyRows t : new CopyRows[] { departments, rooms, staff, teams, accounts, organizations, mediators,
					institutions, fields, appraisers, reviews }) {
				counted.accept(t.table(), t.copy(c));
			}
			BenchTables.chunkFinished(c, plan, "staff", 0);
			c.commit();
		}
		catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		}
		finally {
			c.setAutoCommit(true);
		}
	}
}
