package org.smartcourt.cases.web.clock;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.internal.clock.ClockAccess;
import org.smartcourt.cases.internal.clock.ClockQueries;
import org.smartcourt.cases.internal.clock.ExclusionKind;
import org.smartcourt.cases.internal.clock.ExtensionCommands;
import org.smartcourt.cases.internal.clock.ExtensionRequest;
import org.smartcourt.cases.internal.clock.SuspensionGround;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「审限」 on the case page: due date, status, days left, the explanation with its articles, approved extensions and
 * excluded periods for everyone who sees the case; for the court also the requests, the forms the viewer may use
 * and, for the 院长 who decides, the pending request with approve and refuse.
 */
@Component
class CaseClockSection implements CaseSection {

	private final ClockQueries queries;
	private final ClockAccess access;
	private final ExtensionCommands extensions;

	CaseClockSection(ClockQueries queries, ClockAccess access, ExtensionCommands extensions) {
		this.queries = queries;
		this.access = access;
		this.extensions = extensions;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "cases/clock/section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		ClockQueries.CaseClockView view = queries.clockForPage(new Cases.CaseView(overview, level));
		if (view.clock().isEmpty()) {
			return Map.of();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("clock", view.clock().get());
		model.put("exclusions", view.exclusions());
		model.put("suspended", overview.stage() == CaseStage.SUSPENDED);
		boolean court = level == Audience.COURT;
		model.put("court", court);
		if (court) {
			List<ExtensionRequest> requests = extensions.of(viewer, overview.id());
			model.put("requests", requests);
			boolean open = overview.stage() == CaseStage.ASSIGNED || overview.stage() == CaseStage.IN_TRIAL;
			boolean pending = requests.stream().anyMatch(ExtensionRequest::isPending);
			model.put("canRequest", open && !pending && access.onBench(viewer, overview));
			model.put("canPause", access.inCharge(viewer, overview));
			model.put("toDecide", requests.stream()
				.filter(r -> r.isPending() && access.decides(viewer, r.approverCourt()))
				.toList());
			model.put("kinds", Arrays.stream(ExclusionKind.values()).filter(k -> k != ExclusionKind.SUSPENSION).toList());
			model.put("grounds", SuspensionGround.values());
			model.put("openExclusions", view.exclusions().stream()
				.filter(e -> e.isOpen() && e.kind() != ExclusionKind.SUSPENSION)
				.toList());
		}
		return model;
	}
}
