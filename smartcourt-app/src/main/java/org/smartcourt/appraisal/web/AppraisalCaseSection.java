package org.smartcourt.appraisal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.smartcourt.appraisal.internal.AppraisalFields;
import org.smartcourt.appraisal.internal.EntrustmentViews;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「司法鉴定」 on the case page: the case's entrustments with status and due day (parties see them too: the
 * 鉴定期间 is taken out of their 审限), and for the case's team a form to request one (证据规定 arts. 30–32, 34).
 */
@Component
class AppraisalCaseSection implements CaseSection {

	private final EntrustmentViews views;
	private final AppraisalFields fields;

	AppraisalCaseSection(EntrustmentViews views, AppraisalFields fields) {
		this.views = views;
		this.fields = fields;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String template() {
		return "appraisal/case-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("lines", views.ofCase(overview.id()));
		model.put("party", level == Audience.PARTIES);
		model.put("mayRequest", viewer.isStaff() && overview.hasTeamMember(viewer.username()));
		model.put("fields", fields.all());
		model.put("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return model;
	}
}
