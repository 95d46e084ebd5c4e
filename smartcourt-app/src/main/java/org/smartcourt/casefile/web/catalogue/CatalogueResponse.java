package org.smartcourt.casefile.web.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smartcourt.casefile.internal.catalogue.Catalogue;
import org.smartcourt.casefile.internal.catalogue.Volume;

/** A case's catalogue in the API: 正卷, and 副卷 for the court only (parties get no {@code SIDE} entry at all). */
record CatalogueResponse(UUID caseId, String caseNumber, List<VolumeResponse> volumes) {

	/** One volume: its materials in binding order, total pages and where to export it. */
	record VolumeResponse(String volume, String name, int pages, String exportUrl, List<MaterialResponse> materials) {
	}

	static CatalogueResponse of(Catalogue c) {
		List<VolumeResponse> volumes = new ArrayList<>();
		for (Volume v : Volume.values()) {
			if (v == Volume.SIDE && !c.readership().court()) {
				continue;
			}
			volumes.add(new VolumeResponse(v.name(), v.chineseName(), c.pages(v),
					"/api/v1/cases/" + c.overview().id() + "/casefile/" + v.slug() + ".pdf",
					c.volume(v).stream().map(MaterialResponse::of).toList()));
		}
		return new CatalogueResponse(c.overview().id().value(), c.overview().registration().caseNumber().format(),
				volumes);
	}
}
