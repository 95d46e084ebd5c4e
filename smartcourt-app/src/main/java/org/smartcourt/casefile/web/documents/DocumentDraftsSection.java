package org.smartcourt.casefile.web.documents;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.smartcourt.casefile.internal.documents.DocumentDrafts;
import org.smartcourt.casefile.internal.documents.DraftAccess;
import org.smartcourt.casefile.internal.documents.TemplateCode;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「文书制作」 on the case page, for the case's team only (never parties, nor court staff outside the team): the
 * drafts and issued documents made from templates, and the form that starts a draft.
 */
@Component
class DocumentDraftsSection implements CaseSection {

	private final DocumentDrafts drafts;

	DocumentDraftsSection(DocumentDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public int order() {
		return 58;
	}

	@Override
	public String template() {
		return "casefile/documents/section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level != Audience.COURT || !DraftAccess.inTeam(viewer, overview, DraftAccess.MAKERS)) {
			return Map.of();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("drafts", drafts.ofCase(overview.id()));
		model.put("mayCreate", overview.stage() != CaseStage.ARCHIVED);
		model.put("templates", Arrays.asList(TemplateCode.values()));
		model.put("parties", overview.parties());
		return model;
	}
}
