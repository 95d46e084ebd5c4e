package org.smartcourt.cases.web.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.audit.AccessHistory;
import org.smartcourt.audit.StaffAccess;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * 「材料查阅记录」 on the case page: who in the court opened this case and its material, and when, read from the audit
 * log. Parties and their lawyers see it as the court does: that transparency is the point. Accesses by parties
 * themselves are not listed, only staff's.
 */
@Component
class AccessLogSection implements CaseSection {

	static final int SHOWN = 50;

	private static final Map<String, String> ACTIONS = Map.of("case.read", "case.access.action.case-read",
			"case.document.download", "case.access.action.document-download", "case.clock.read",
			"case.access.action.clock-read");
	/**
	 * Reads of the electronic case file, shown with the material they concern: the casefile module writes the title of
	 * material the parties may read, and 内部材料 for 副卷 and court-only material, never its title.
	 */
	private static final Map<String, String> MATERIAL_ACTIONS = Map.of("casefile.material.view",
			"case.access.action.material-view", "casefile.material.download", "case.access.action.material-download",
			"casefile.export.download", "case.access.action.casefile-export", "casefile.catalogue.read",
			"case.access.action.catalogue-read");
	private static final String INTERNAL_MATERIAL = "内部材料";

	private final AccessHistory history;
	private final Staffing staffing;

	AccessLogSection(AccessHistory history, Staffing staffing) {
		this.history = history;
		this.staffing = staffing;
	}

	/** One line of the log as shown; {@code action} is the argument of the action's text (the material, for the case file). */
	record Line(Instant at, String name, String roleKey, String actionKey, String action) {
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String template() {
		return "cases/access/section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		// the same few people open a case again and again: look each one up once
		Map<String, String> names = new HashMap<>();
		List<Line> lines = history.staffAccessesTo("case", overview.id().toString(), SHOWN)
			.stream()
			.map(access -> line(access, names))
			.toList();
		return Map.of("lines", lines, "shown", SHOWN);
	}

	private Line line(StaffAccess access, Map<String, String> names) {
		String name = names.computeIfAbsent(access.username(),
				username -> staffing.byUsername(username).map(Staffing.StaffSummary::name).orElse(username));
		String roleKey = Optional.ofNullable(access.role()).map(r -> "role." + Role.valueOf(r).slug()).orElse("role.unknown");
		if (MATERIAL_ACTIONS.containsKey(access.action())) {
			String material = access.detail() == null || access.detail().isBlank() ? INTERNAL_MATERIAL : access.detail();
			return new Line(access.occurredAt(), name, roleKey, MATERIAL_ACTIONS.get(access.action()), material);
		}
		return new Line(access.occurredAt(), name, roleKey, ACTIONS.getOrDefault(access.action(), "case.access.action.other"),
				access.action());
	}
}
