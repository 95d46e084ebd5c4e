package org.smartcourt.organization.internal;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人民法庭: dispatched tribunals of a basic court. They are not in the reference data (they have no 法院代字 of their
 * own and issue case numbers of their basic court), so IT admins add them. Their ids are the basic court's id plus
 * {@code -T01}, {@code -T02} …, which the reference loader never uses, so a reload of the court table keeps them.
 */
@Service
public class TribunalManagement {

	public static final int NAME_MAX = 100;
	public static final int NOTE_MAX = 200;

	private final JdbcClient jdbc;
	private final CourtDirectory directory;
	private final OrganizationScope scope;
	private final AuditTrail audit;
	private final JdbcCourts courts;

	TribunalManagement(JdbcClient jdbc, CourtDirectory directory, OrganizationScope scope, AuditTrail audit,
			JdbcCourts courts) {
		this.courts = courts;
		this.jdbc = jdbc;
		this.directory = directory;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * Adds a 人民法庭 below {@code basicCourt}.
	 *
	 * @throws DomainException not found (no such court), forbidden (not an IT admin of this court or above),
	 * rule violation (the parent is not a basic court), invalid input, or conflict (name taken).
	 */
	@Transactional
	public CourtRecord create(Actor actor, CourtId basicCourt, String name, String note) {
		CourtRecord parent = directory.get(basicCourt);
		scope.requireManage(actor, basicCourt, "organization.tribunal.create", "court", basicCourt.value());
		if (parent.level() != CourtLevel.BASIC || !parent.active()) {
			throw DomainException.ruleViolation("tribunal-parent-not-basic",
					"problem.tribunal-parent-not-basic.detail");
		}
		new FieldProblems().checkText(name, "name", NAME_MAX, "validation.tribunal.name")
			.check(note == null || note.strip().length() <= NOTE_MAX, "note", "too-long",
					"validation.tribunal.note.too-long")
			.throwIfAny();
		String tribunalName = name.strip();
		boolean taken = jdbc.sql("select count(*) from court where parent_id = ? and name = ? and active")
			.params(basicCourt.value(), tribunalName)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw DomainException.conflict("tribunal-name-taken", "problem.tribunal-name-taken.detail");
		}
		CourtId id = nextId(basicCourt);
		jdbc.sql("""
				insert into court (id, name, code, level, parent_id, division_code, code_basis, note)
				values (?, ?, null, 'TRIBUNAL', ?, ?, 'NONE', ?)""")
			.params(id.value(), tribunalName, basicCourt.value(), parent.divisionCode(), FieldProblems.strip(note))
			.update();
		audit.success("organization.tribunal.create", "court", id.value());
		courts.forgetAfterCommit();
		return directory.get(id);
	}

	/**
	 * Deactivates a 人民法庭 (for example when it is merged into another).
	 *
	 * @throws DomainException rule violation when the court is not a tribunal: courts from the reference data
	 * change only with the data file.
	 */
	@Transactional
	public CourtRecord deactivate(Actor actor, CourtId tribunal) {
		CourtRecord court = directory.get(tribunal);
		scope.requireManage(actor, tribunal, "organization.tribunal.deactivate", "court", tribunal.value());
		if (court.level() != CourtLevel.TRIBUNAL) {
			throw DomainException.ruleViolation("court-not-tribunal", "problem.court-not-tribunal.detail");
		}
		OrganizationRules.requireActive(court.active());
		jdbc.sql("update court set active = false where id = ?").param(tribunal.value()).update();
		audit.success("organization.tribunal.deactivate", "court", tribunal.value());
		courts.forgetAfterCommit();
		return directory.get(tribunal);
	}

	private CourtId nextId(CourtId basicCourt) {
		long existing = jdbc.sql("select count(*) from court where parent_id = ? and level = 'TRIBUNAL'")
			.param(basicCourt.value())
			.query(Long.class)
			.single();
		for (long n = existing + 1;; n++) {
			CourtId candidate = new CourtId(basicCourt.value() + "-T" + String.format("%02d", n));
			boolean used = jdbc.sql("select count(*) from court where id = ?")
				.param(candidate.value())
				.query(Long.class)
				.single() > 0;
			if (!used) {
				return candidate;
			}
		}
	}
}
