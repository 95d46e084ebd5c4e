package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.catalogue.MaterialId;
import org.smartcourt.casefile.internal.catalogue.MaterialSource;
import org.smartcourt.casefile.internal.catalogue.Readership;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.cases.CaseId;

/** The audience rule: parties see 正卷 material meant for them, documents only once delivered, never 副卷. */
class ReadershipTests {

	@Test
	void partiesNeverSeeTheSideVolumeEvenWhenFlaggedVisible() {
		CaseMaterial side = material(Volume.SIDE, true, MaterialSource.COURT_UPLOAD, UUID.randomUUID().toString());
		assertThat(Readership.parties(Set.of()).sees(side)).isFalse();
		assertThat(Readership.courtStaff().sees(side)).isTrue();
	}

	@Test
	void partiesSeeDocumentsOnlyOnceDelivered() {
		UUID document = UUID.randomUUID();
		CaseMaterial judgment = material(Volume.MAIN, true, MaterialSource.DOCUMENT, document.toString());
		assertThat(Readership.parties(Set.of()).sees(judgment)).isFalse();
		assertThat(Readership.parties(Set.of(document)).sees(judgment)).isTrue();
	}

	@Test
	void partiesSeeEvidenceButNotCourtOnlyMaterial() {
		Readership parties = Readership.parties(Set.of());
		assertThat(parties.sees(material(Volume.MAIN, true, MaterialSource.PARTY_EVIDENCE, "e1"))).isTrue();
		assertThat(parties.sees(material(Volume.MAIN, false, MaterialSource.COURT_UPLOAD, "c1"))).isFalse();
	}

	static CaseMaterial material(Volume volume, boolean visible, MaterialSource source, String ref) {
		return new CaseMaterial(new MaterialId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), "OTHER", volume,
				"材料", null, null, null, 1, source, ref, "u", "某人", Instant.now(), visible, null, null, null, null);
	}
}
