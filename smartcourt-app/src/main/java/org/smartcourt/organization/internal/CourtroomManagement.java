package org.smartcourt.organization.internal;

import java.util.List;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on 法庭 (courtrooms), with the same scope rules as {@link DepartmentManagement}. */
@Service
public class CourtroomManagement {

	private final CourtroomRepository courtrooms;
	private final CourtDirectory courts;
	private final OrganizationScope scope;
	private final AuditTrail audit;

	CourtroomManagement(CourtroomRepository courtrooms, CourtDirectory courts, OrganizationScope scope,
			AuditTrail audit) {
		this.courtrooms = courtrooms;
		this.courts = courts;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Courtroom> list(Actor actor, CourtId court) {
		courts.get(court);
		scope.requireRead(actor, court, "organization.courtroom.list", "court", court.value());
		return courtrooms.activeAt(court);
	}

	@Transactional(readOnly = true)
	public Courtroom get(Actor actor, CourtroomId id) {
		Courtroom courtroom = load(id);
		scope.requireRead(actor, courtroom.court(), "organization.courtroom.read", "courtroom", id.toString());
		return courtroom;
	}

	@Transactional
	public Courtroom create(Actor actor, CourtId court, String name, boolean technology, Integer capacity,
			String location) {
		courts.get(court);
		scope.requireManage(actor, court, "organization.courtroom.create", "court", court.value());
		Courtroom courtroom = Courtroom.open(court, name, technology, capacity, location);
		courtrooms.insert(courtroom);
		audit.success("organization.courtroom.create", "courtroom", courtroom.id().toString());
		return load(courtroom.id());
	}

	/** @throws DomainException (conflict) when {@code version} is not the current one. */
	@Transactional
	public Courtroom update(Actor actor, CourtroomId id, long version, String name, boolean technology,
			Integer capacity, String location) {
		Courtroom courtroom = load(id);
		scope.requireManage(actor, courtroom.court(), "organization.courtroom.update", "courtroom", id.toString());
		OrganizationRules.requireVersion(courtroom.version(), version);
		courtroom.refit(name, technology, capacity, location);
		courtrooms.update(courtroom);
		audit.success("organization.courtroom.update", "courtroom", id.toString());
		return load(id);
	}

	@Transactional
	public Courtroom deactivate(Actor actor, CourtroomId id) {
		Courtroom courtroom = load(id);
		scope.requireManage(actor, courtroom.court(), "organization.courtroom.deactivate", "courtroom",
				id.toString());
		courtroom.close();
		courtrooms.update(courtroom);
		audit.success("organization.courtroom.deactivate", "courtroom", id.toString());
		return load(id);
	}

	private Courtroom load(CourtroomId id) {
		return courtrooms.find(id)
			.orElseThrow(() -> DomainException.notFound("courtroom-not-found", "problem.courtroom-not-found.detail"));
	}
}
