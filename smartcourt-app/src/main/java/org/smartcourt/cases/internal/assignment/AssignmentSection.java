package org.smartcourt.cases.internal.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Procedure;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * 「审判组织」 on the case page: the team and, for the court, how the judge was assigned (random with its replay, or
 * designated with reason and approver), pending requests and the actions the viewer may take (form the panel,
 * request a reassignment, change the procedure). Parties see the team's names and the procedure only: never seeds,
 * candidates or reasons for exclusion.
 */
@Component
class AssignmentSection implements CaseSection {

	private final AssignmentRepository assignments;
	private final DesignationRequests requests;
	private final Staffing staffing;

	AssignmentSection(AssignmentRepository assignments, DesignationRequests requests, Staffing staffing) {
		this.assignments = assignments;
		this.requests = requests;
		this.staffing = staffing;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "cases/assignment/section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().toString());
		model.put("team", overview.team());
		model.put("procedure", overview.procedure());
		model.put("court", level == Audience.COURT);
		if (level != Audience.COURT) {
			return model;
		}
		boolean open = overview.stage().isOpen() && overview.stage() != CaseStage.REGISTERED;
		boolean approver = AssignmentAccess.inRole(viewer, overview, AssignmentAccess.APPROVERS);
		boolean judge = AssignmentAccess.isResponsibleJudge(viewer, overview);
		model.put("assignments", assignments.ofCase(overview.id()));
		model.put("requests", requests.ofCase(overview.id()));
		model.put("needsPanel", Panels.needsPanel(overview));
		model.put("mayReplay", viewer.is(Role.PRESIDENT) || viewer.is(Role.DIVISION_HEAD));
		model.put("mayDecide", approver);
		model.put("me", viewer.username());
		model.put("mayFormPanel", open && (approver || judge));
		model.put("mayRequest", overview.stage().isOpen()
				&& (AssignmentAccess.inRole(viewer, overview, AssignmentAccess.ASSIGNERS) || judge));
		model.put("mayChangeProcedure", open && judge);
		model.put("procedures", List.of(Procedure.ORDINARY, Procedure.SIMPLIFIED));
		List<StaffSummary> judges = staffing.staffAt(overview.registration().courtId())
			.stream()
			.filter(s -> s.position().hearsCases()
					&& Eligibility.categoryOf(overview.registration().categoryCode()).map(s::mayHear).orElse(false))
			.toList();
		model.put("judges", judges);
		return model;
	}
}
