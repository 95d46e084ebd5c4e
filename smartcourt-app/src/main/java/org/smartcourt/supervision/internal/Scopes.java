package org.smartcourt.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.stereotype.Component;

/**
 * Who may see whose figures: a 院长 their court and the courts below it (the high court all its courts; a basic court
 * its own and its 人民法庭), a 庭长 their department, a judge their own. A request outside that is refused, never
 * narrowed silently.
 */
@Component
public class Scopes {

	/** What the viewer asked for; every part may be {@literal null}. */
	public record Request(String court, boolean wholeArea, UUID department, UUID judge, String typeCode) {
	}

	private final CourtHierarchy hierarchy;
	private final Courts courts;
	private final Staffing staffing;

	Scopes(CourtHierarchy hierarchy, Courts courts, Staffing staffing) {
		this.hierarchy = hierarchy;
		this.courts = courts;
		this.staffing = staffing;
	}

	public StatisticsScope resolve(Actor actor, Request request) {
		Set<String> types = request.typeCode() == null || request.typeCode().isBlank() ? Set.of()
				: Set.of(request.typeCode().strip());
		return switch (actor.role()) {
			case PRESIDENT -> forPresident(actor, request, types);
			case DIVISION_HEAD -> forDivisionHead(actor, request, types);
			case JUDGE -> forJudge(actor, types);
			default -> throw forbidden();
		};
	}

	private StatisticsScope forPresident(Actor actor, Request request, Set<String> types) {
		CourtId court = request.court() == null || request.court().isBlank() ? actor.court()
				: new CourtId(request.court().strip());
		if (!hierarchy.subtree(actor.court()).contains(court)) {
			throw forbidden();
		}
		String courtName = courts.find(court).map(Courts.CourtSummary::name).orElse(court.value());
		if (request.department() != null || request.judge() != null) {
			return departmentOrJudge(court, courtName, request.department(), request.judge(), types);
		}
		if (request.wholeArea()) {
			List<CourtId> area = new ArrayList<>(new LinkedHashSet<>(hierarchy.subtree(court)));
			area.sort(java.util.Comparator.comparing(CourtId::value));
			return new StatisticsScope(area, null, null, types, courtName + "及辖区法院");
		}
		return new StatisticsScope(List.of(court), null, null, types, courtName);
	}

	private StatisticsScope forDivisionHead(Actor actor, Request request, Set<String> types) {
		StaffSummary me = staffing.byUsername(actor.username()).orElseThrow(Scopes::forbidden);
		if (me.departmentId() == null
				|| request.department() != null && !request.department().equals(me.departmentId())
				|| request.court() != null && !request.court().isBlank()
						&& !request.court().strip().equals(actor.court().value())) {
			throw forbidden();
		}
		String courtName = courts.find(actor.court()).map(Courts.CourtSummary::name).orElse(actor.court().value());
		return departmentOrJudge(actor.court(), courtName, me.departmentId(), request.judge(), types);
	}

	private StatisticsScope forJudge(Actor actor, Set<String> types) {
		StaffSummary me = staffing.byUsername(actor.username()).orElseThrow(Scopes::forbidden);
		return new StatisticsScope(List.of(actor.court()), null, me.id(), types, me.name());
	}

	private StatisticsScope departmentOrJudge(CourtId court, String courtName, UUID department, UUID judge,
			Set<String> types) {
		String label = courtName;
		if (department != null) {
			Staffing.DepartmentSummary d = staffing.department(department)
				.filter(x -> x.court().equals(court))
				.orElseThrow(Scopes::forbidden);
			label += " · " + d.name();
		}
		if (judge == null) {
			return new StatisticsScope(List.of(court), department, null, types, label);
		}
		StaffSummary j = staffing.staff(judge)
			.filter(s -> s.court().equals(court) && (department == null || department.equals(s.departmentId())))
			.orElseThrow(Scopes::forbidden);
		return new StatisticsScope(List.of(court), department, judge, types, label + " · " + j.name());
	}

	/** What the viewer may choose from on the board's form. */
	public record Options(List<Courts.CourtSummary> courts, List<Staffing.DepartmentSummary> departments,
			List<StaffSummary> judges, boolean chooseCourt, boolean chooseDepartment, boolean chooseJudge) {
	}

	/** The courts, departments and judges the viewer may pick, for the court (and department) asked for. */
	public Options options(Actor actor, Request request) {
		switch (actor.role()) {
			case PRESIDENT -> {
				StatisticsScope scope = resolve(actor, new Request(request.court(), false, null, null, null));
				CourtId court = scope.courts().get(0);
				List<Courts.CourtSummary> area = hierarchy.subtree(actor.court())
					.stream()
					.sorted(java.util.Comparator.comparing(CourtId::value))
					.map(courts::find)
					.flatMap(java.util.Optional::stream)
					.toList();
				List<StaffSummary> judges = (request.department() == null ? staffing.staffAt(court)
						: staffing.staffOf(request.department())).stream()
					.filter(s -> s.position().hearsCases() && s.court().equals(court))
					.toList();
				return new Options(area, staffing.departmentsAt(court), judges, area.size() > 1, true, true);
			}
			case DIVISION_HEAD -> {
				StaffSummary me = staffing.byUsername(actor.username()).orElseThrow(Scopes::forbidden);
				if (me.departmentId() == null) {
					throw forbidden();
				}
				return new Options(List.of(), staffing.department(me.departmentId()).stream().toList(),
						staffing.staffOf(me.departmentId()).stream().filter(s -> s.position().hearsCases()).toList(),
						false, false, true);
			}
			case JUDGE -> {
				return new Options(List.of(), List.of(), List.of(), false, false, false);
			}
			default -> throw forbidden();
		}
	}

	/** The 员额法官 in a scope (for 人均结案数): staff who hear cases, or 1 for one judge's own figures. */
	public int judges(StatisticsScope scope) {
		if (scope.judgeId() != null) {
			return 1;
		}
		if (scope.departmentId() != null) {
			return (int) staffing.staffOf(scope.departmentId()).stream().filter(s -> s.position().hearsCases()).count();
		}
		return staffing.judgeCounts(scope.courts()).values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The 员额法官 of each court, for courts side by side. */
	Map<CourtId, Integer> judgesPerCourt(List<CourtId> courts) {
		return staffing.judgeCounts(courts);
	}

	static DomainException forbidden() {
		return DomainException.forbidden("statistics-out-of-scope", "problem.statistics-out-of-scope.detail");
	}
}
