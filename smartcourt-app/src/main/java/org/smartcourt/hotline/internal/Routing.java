package org.smartcourt.hotline.internal;

import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Component;

/**
 * 分派规则: who answers a request. 联系法官 goes to the case's 承办法官 (before assignment, to the 庭长 of the case's
 * department); 投诉举报 goes to the court's supervision: the 庭长 of the case's department, else the 院长; every
 * other kind stays with the desk, whose agent answers directly or forwards it.
 */
@Component
class Routing {

	static final String JUDGE = "JUDGE";
	static final String DIVISION_HEAD = "DIVISION_HEAD";
	static final String PRESIDENT = "PRESIDENT";
	static final String STAFF = "STAFF";

	private final Staffing staffing;

	Routing(Staffing staffing) {
		this.staffing = staffing;
	}

	Optional<Assignee> route(RequestKind kind, CourtId court, CaseOverview overview) {
		return switch (kind) {
			case CONTACT_JUDGE -> overview.responsibleJudge()
				.filter(judge -> judge.username() != null)
				.map(judge -> new Assignee(judge.username(), judge.name(), JUDGE))
				.or(() -> divisionHead(court, overview.departmentId()));
			case COMPLAINT -> divisionHead(court, overview == null ? null : overview.departmentId())
				.or(() -> president(court));
			default -> Optional.empty();
		};
	}

	/** Who is told when a request is overdue: the 庭长 of the assignee's department, else the 院长. */
	Optional<Assignee> supervisorOf(CourtId court, Assignee assignee) {
		UUID department = assignee == null ? null
				: staffing.byUsername(assignee.username()).map(StaffSummary::departmentId).orElse(null);
		return divisionHead(court, department)
			.filter(head -> assignee == null || !head.username().equals(assignee.username()))
			.or(() -> president(court));
	}

	/** A colleague at a court within {@code scope} that a request may be forwarded to. */
	Optional<Assignee> colleague(String username) {
		return staffing.byUsername(username)
			.filter(s -> s.username() != null)
			.map(s -> new Assignee(s.username(), s.name(), roleOf(s.position())));
	}

	Optional<CourtId> courtOf(String username) {
		return staffing.byUsername(username).map(StaffSummary::court);
	}

	private Optional<Assignee> divisionHead(CourtId court, UUID department) {
		if (department == null) {
			return Optional.empty();
		}
		return staffing.staffAt(court)
			.stream()
			.filter(s -> s.position() == Position.DIVISION_HEAD && department.equals(s.departmentId()))
			.filter(s -> s.username() != null)
			.findFirst()
			.map(s -> new Assignee(s.username(), s.name(), DIVISION_HEAD));
	}

	private Optional<Assignee> president(CourtId court) {
		return staffing.staffAt(court)
			.stream()
			.filter(s -> s.position() == Position.PRESIDENT && s.username() != null)
			.findFirst()
			.map(s -> new Assignee(s.username(), s.name(), PRESIDENT));
	}

	private static String roleOf(Position position) {
		return switch (position) {
			case PRESIDENT -> PRESIDENT;
			case DIVISION_HEAD -> DIVISION_HEAD;
			case JUDGE -> JUDGE;
			default -> STAFF;
		};
	}
}
