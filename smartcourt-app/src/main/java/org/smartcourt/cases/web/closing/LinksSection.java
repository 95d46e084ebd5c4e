package org.smartcourt.cases.web.closing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.internal.closing.CaseLink;
import org.smartcourt.cases.internal.closing.CaseLinking;
import org.smartcourt.cases.internal.closing.LinkKind;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「关联案件」 on the case page: the court sees every link, same-party suggestions and the form to link a case;
 * parties see the earlier instance and retrial links only, and nothing when there are none.
 */
@Component
class LinksSection implements CaseSection {

	private final CaseLinking linking;

	LinksSection(CaseLinking linking) {
		this.linking = linking;
	}

	@Override
	public int order() {
		return 65;
	}

	@Override
	public String template() {
		return "cases/closing/links-section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		boolean court = level == Audience.COURT;
		List<CaseLink> links = linking.linksOf(overview.id(), level);
		if (!court && links.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", overview.id().value());
		model.put("court", court);
		model.put("links", links);
		if (court && overview.stage() != CaseStage.ARCHIVED) {
			model.put("mayLink", true);
			model.put("kinds", List.of(LinkKind.values()));
			model.put("suggestions", linking.suggestions(viewer, overview.id()));
		}
		return model;
	}
}
