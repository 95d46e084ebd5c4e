package org.smartcourt.mediation.internal;

import java.util.List;

/** The materials of a mediation that go over to 立案 if it fails (《人民法院在线调解规则》 art. 21). */
public final class MediationMaterials {

	private MediationMaterials() {
	}

	public static List<String> of(MediationDetail m) {
		return MediationOutcomes.materials(m);
	}
}
