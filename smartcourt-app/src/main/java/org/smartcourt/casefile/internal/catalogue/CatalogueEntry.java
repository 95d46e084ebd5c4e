package org.smartcourt.casefile.internal.catalogue;

import java.util.Optional;

/**
 * A row of the catalogue (卷内目录) as a reader sees it.
 *
 * @param seq 序号 within its volume, from 1.
 * @param ledgerIndex the 存证序号 of the material's file in the evidence ledger, or empty while it is being anchored
 *        (锚定中) or when there is no file.
 */
public record CatalogueEntry(int seq, CaseMaterial material, MaterialCategory category, Optional<Long> ledgerIndex) {

	public boolean anchoring() {
		return material.hasFile() && ledgerIndex.isEmpty();
	}
}
