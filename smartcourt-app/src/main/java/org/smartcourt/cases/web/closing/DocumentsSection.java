package org.smartcourt.cases.web.closing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.internal.closing.CaseDocuments;
import org.smartcourt.cases.internal.closing.CaseFile;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.ServiceMethod;
import org.smartcourt.cases.internal.closing.TeamAccess;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「文书与送达」 on the case page: the court sees every document with its service and, in the team, the forms to
 * record a document and a service; parties see the documents delivered to them, with download.
 */
@Component
class DocumentsSection implements CaseSection {

	private final CaseDocuments documents;

	DocumentsSection(CaseDocuments documents) {
		this.documents = documents;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String template() {
		return "cases/closing/documents-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		CaseFile file = documents.caseFile(overview);
		boolean court = level == Audience.COURT;
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("court", court);
		model.put("documents", DocumentView.of(file, documents.visibleDocuments(file, level)));
		boolean mayRecord = court && TeamAccess.inTeam(viewer, overview, TeamAccess.FILE_KEEPERS)
				&& overview.stage() != CaseStage.ARCHIVED && overview.stage() != CaseStage.REGISTERED;
		model.put("mayRecord", mayRecord);
		if (mayRecord) {
			model.put("kinds", Arrays.asList(DocumentKind.values()));
			model.put("methods", Arrays.asList(ServiceMethod.values()));
			model.put("parties", overview.parties());
		}
		return model;
	}
}
