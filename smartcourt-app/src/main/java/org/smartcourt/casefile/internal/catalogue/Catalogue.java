package org.smartcourt.casefile.internal.catalogue;

import java.util.List;

import org.smartcourt.cases.CaseOverview;

/**
 * A case's catalogue as one reader may see it: each volume's entries in binding order. For parties {@code side} is
 * always empty.
 */
public record Catalogue(CaseOverview overview, Readership readership, List<CatalogueEntry> main,
		List<CatalogueEntry> side) {

	public Catalogue {
		main = List.copyOf(main);
		side = List.copyOf(side);
	}

	public List<CatalogueEntry> volume(Volume volume) {
		return volume == Volume.MAIN ? main : side;
	}

	public int pages(Volume volume) {
		return volume(volume).stream().mapToInt(e -> e.material().pageCount()).sum();
	}
}
