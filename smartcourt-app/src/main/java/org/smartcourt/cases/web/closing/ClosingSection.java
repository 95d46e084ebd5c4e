package org.smartcourt.cases.web.closing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.internal.closing.CaseArchiving;
import org.smartcourt.cases.internal.closing.CaseClosing;
import org.smartcourt.cases.internal.closing.CaseDocuments;
import org.smartcourt.cases.internal.closing.ClosingAssessment;
import org.smartcourt.cases.internal.closing.PronouncementMode;
import org.smartcourt.cases.internal.closing.TeamAccess;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「结案与归档」 on the case page: for the court the pronouncement, closing (with what each closing method still
 * needs) and archiving forms, as far as the viewer's role in the team allows; for parties the facts only (how and
 * when the case was closed, whether it is archived).
 */
@Component
class ClosingSection implements CaseSection {

	/** A closing method with its readiness in words. */
	record MethodReadiness(String code, String name, boolean complete, java.time.LocalDate closedOn,
			List<String> missing) {
	}

	private final CaseClosing closing;
	private final CaseArchiving archiving;
	private final CaseDocuments documents;
	private final ProblemTexts texts;

	ClosingSection(CaseClosing closing, CaseArchiving archiving, CaseDocuments documents, ProblemTexts texts) {
		this.closing = closing;
		this.archiving = archiving;
		this.documents = documents;
		this.texts = texts;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String template() {
		return "cases/closing/closing-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		boolean court = level == Audience.COURT;
		CaseStage stage = overview.stage();
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("court", court);
		model.put("stage", stage);
		closing.closingOf(overview.id()).ifPresent(c -> model.put("closing", c));
		archiving.archiveOf(overview.id()).ifPresent(a -> model.put("archive", a));
		if (!court) {
			return model;
		}
		boolean open = stage == CaseStage.ASSIGNED || stage == CaseStage.IN_TRIAL;
		boolean bench = TeamAccess.inTeam(viewer, overview, TeamAccess.BENCH);
		model.put("mayPronounce", open && bench);
		model.put("mayClose", open && TeamAccess.inTeam(viewer, overview, TeamAccess.RESPONSIBLE));
		model.put("mayArchive", stage == CaseStage.CLOSED && TeamAccess.inTeam(viewer, overview, TeamAccess.ARCHIVISTS));
		model.put("mayNote", stage == CaseStage.ARCHIVED
				&& TeamAccess.inTeam(viewer, overview, TeamAccess.ARCHIVISTS));
		if (open) {
			model.put("readiness", closing.assessAll(overview).stream().map(this::readiness).toList());
			model.put("decisions", documents.caseFile(overview)
				.documents()
				.stream()
				.filter(d -> d.kind().isDecision())
				.toList());
			model.put("modes", List.of(PronouncementMode.values()));
		}
		if (stage == CaseStage.CLOSED) {
			model.put("gaps", texts.of(archiving.gaps(overview)));
		}
		return model;
	}

	private MethodReadiness readiness(ClosingAssessment a) {
		return new MethodReadiness(a.method().code(), a.method().name(), a.complete(), a.closedOn().orElse(null),
				texts.of(a.missing()));
	}
}
