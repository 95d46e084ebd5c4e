package org.smartcourt.cases.web.closing;

import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「办理进度」 for parties (审判流程信息公开, 2019 rule art. 7; 12368 热线 for reaching the judge): where the case
 * stands in words, who handles it and how to reach them. Court staff see the same facts elsewhere on the page.
 */
@Component
class ProgressSection implements CaseSection {

	@Override
	public int order() {
		return 1;
	}

	@Override
	public String template() {
		return "cases/closing/progress-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.COURT) {
			return Map.of();
		}
		return Map.of("stage", overview.stage(), "judges", overview.inRole(TeamRole.RESPONSIBLE_JUDGE), "clerks",
				overview.inRole(TeamRole.CLERK));
	}
}
