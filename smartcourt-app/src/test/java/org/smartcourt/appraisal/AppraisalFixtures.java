package org.smartcourt.appraisal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.appraisal.internal.AppraisalRoster;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for appraisals at 长春市中级人民法院 (220100), whose appraisal office is the demo user {@code appraisal}: a
 * field of expertise emptied of other roster entries, so that a test knows who can be drawn, and institutions entered
 * by the office with a passed annual review.
 */
final class AppraisalFixtures {

	static final CourtId COURT = new CourtId("220100");

	private final AppraisalRoster roster;
	private final AccountDirectory accounts;
	private final JdbcClient jdbc;

	AppraisalFixtures(AppraisalRoster roster, AccountDirectory accounts, JdbcClient jdbc) {
		this.roster = roster;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Actor office() {
		return new Actor(accounts.idOf("appraisal").orElseThrow(), "appraisal", "褚鉴定", Role.APPRAISAL, COURT);
	}

	Actor judge() {
		return new Actor(accounts.idOf("judge").orElseThrow(), "judge", "法官", Role.JUDGE, COURT);
	}

	Actor litigant() {
		return new Actor(accounts.idOf("litigant").orElseThrow(), "litigant", "李明", Role.LITIGANT, null);
	}

	/** An institution's portal actor; the account need not exist for the service layer. */
	static Actor institutionActor(String username) {
		return new Actor(new UserId(UUID.nameUUIDFromBytes(username.getBytes())), username, username,
				Role.APPRAISAL_INSTITUTION, null);
	}

	/** Takes {@code field} away from every roster entry of the court. */
	void isolate(String field) {
		jdbc.sql("""
				delete from appraisal_institution_field where field_code = ? and institution_id in
				  (select id from appraisal_institution where court_id = ?)""")
			.params(field, COURT.value())
			.update();
	}

	/** A qualified institution in {@code field} with the portal account {@code account}. */
	Institution qualified(String name, String field, String account) {
		Institution i = roster.register(office(), new AppraisalRoster.NewInstitution(name,
				"T" + UUID.randomUUID().toString().substring(0, 12), today().plusYears(1), "0431-80000000", account,
				Set.of(field)));
		roster.recordReview(office(), i.id(), today().getYear(), true, "合格");
		return i;
	}

	/** Gives the demo institution linked to {@code appraisal-institution} the field too. */
	UUID demoInstitutionInto(String field) {
		UUID id = jdbc.sql("select id from appraisal_institution where account_username = 'appraisal-institution'")
			.query(UUID.class)
			.single();
		jdbc.sql("insert into appraisal_institution_field (institution_id, field_code) values (?, ?) on conflict do nothing")
			.params(id, field)
			.update();
		return id;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}
}
