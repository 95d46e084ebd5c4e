package org.smartcourt.casefile.internal.catalogue;

import java.util.Set;

/**
 * A 材料类别 of the case file, from the reference file: its volume, binding order and Chinese name.
 *
 * @param partiesVisible whether material of this category in 正卷 is meant for the parties by default.
 * @param attachmentKinds the filing attachment kinds filed under it.
 * @param documentKinds the 诉讼文书 kinds filed under it.
 */
public record MaterialCategory(String code, Volume volume, int order, String name, boolean partiesVisible,
		Set<String> attachmentKinds, Set<String> documentKinds) {

	public MaterialCategory {
		attachmentKinds = Set.copyOf(attachmentKinds);
		documentKinds = Set.copyOf(documentKinds);
		partiesVisible = partiesVisible && volume == Volume.MAIN;
	}
}
