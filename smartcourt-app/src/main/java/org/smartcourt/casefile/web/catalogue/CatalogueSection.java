package org.smartcourt.casefile.web.catalogue;

import java.util.HashMap;
import java.util.Map;

import org.smartcourt.casefile.internal.catalogue.CaseCatalogue;
import org.smartcourt.casefile.internal.catalogue.Catalogue;
import org.smartcourt.casefile.internal.catalogue.CatalogueAccess;
import org.smartcourt.casefile.internal.catalogue.MaterialCategories;
import org.smartcourt.casefile.internal.catalogue.Readership;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 「电子卷宗」 on the case page: the catalogue per volume (副卷 for the court only) with page counts and 存证序号,
 * downloads and exports, the 举证 form for parties and their lawyers, and the upload form for the case team. Staff
 * outside the case team and its supervisors do not get the section.
 */
@Component
class CatalogueSection implements CaseSection {

	private final CaseCatalogue catalogue;
	private final CatalogueAccess access;
	private final MaterialCategories categories;

	CatalogueSection(CaseCatalogue catalogue, CatalogueAccess access, MaterialCategories categories) {
		this.catalogue = catalogue;
		this.access = access;
		this.categories = categories;
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public String template() {
		return "casefile/catalogue/section";
	}

	@Override
	public Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level) {
		if (level == Audience.PUBLIC) {
			return Map.of();
		}
		Readership reader = access.readership(viewer, overview).orElse(null);
		if (reader == null) {
			return Map.of();
		}
		return model(catalogue.catalogue(overview, reader), viewer);
	}

	Map<String, Object> model(Catalogue c, Actor viewer) {
		boolean open = c.overview().stage() != CaseStage.ARCHIVED;
		boolean court = c.readership().court();
		Map<String, Object> model = new HashMap<>();
		model.put("caseId", c.overview().id().value());
		model.put("court", court);
		model.put("main", c.main());
		model.put("side", c.side());
		model.put("mainPages", c.pages(Volume.MAIN));
		model.put("sidePages", c.pages(Volume.SIDE));
		model.put("mayEvidence", open && !court);
		boolean mayUpload = open && court && CatalogueAccess.inTeam(viewer, c.overview());
		model.put("mayUpload", mayUpload);
		if (mayUpload) {
			model.put("mainCategories", categories.of(Volume.MAIN));
			model.put("sideCategories", categories.of(Volume.SIDE));
		}
		return model;
	}

}
