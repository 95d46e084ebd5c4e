package org.smartcourt.mediation.web;

import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.mediation.internal.MediationDetail;
import org.smartcourt.mediation.internal.Mediations;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「调解」 on the case page: the mediations of the case (委托调解, or the 民诉前调 case's own) with their status and
 * period, and for the case's clerk or 承办法官 the button to entrust it to mediation (《人民法院在线调解规则》
 * art. 24: 15 days under 普通程序, 7 under 简易程序, from acceptance).
 */
@Component
class MediationCaseSection implements CaseSection {

	private final Mediations mediations;

	MediationCaseSection(Mediations mediations) {
		this.mediations = mediations;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "mediation/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		List<MediationDetail> list = mediations.onCase(overview.id());
		boolean mayEntrust = level == Audience.COURT && mediations.mayEntrustNow(viewer, overview);
		if (list.isEmpty() && !mayEntrust) {
			return Map.of();
		}
		return Map.of("mediations", list, "mayEntrust", mayEntrust, "caseId", overview.id().toString(), "party",
				level == Audience.PARTIES);
	}
}
