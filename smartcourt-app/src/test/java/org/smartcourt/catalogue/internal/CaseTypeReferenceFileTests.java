package org.smartcourt.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.core.io.ClassPathResource;

/** The bundled case-type standard (案件类型及其代字) is consistent in itself. */
class CaseTypeReferenceFileTests {

	@Test
	void theBundledCatalogueIsConsistent() {
		ReferenceFile f = ReferenceFile.read(new ClassPathResource("reference/catalogue/case-types.csv"),
				"code,name,type_code,group,valid_from,valid_to,basis,note");
		assertThat(f.rows()).extracting(r -> r.get(0)).doesNotHaveDuplicates().isSorted();
		for (ReferenceFile.Row r : f.rows()) {
			boolean header = r.get(0).endsWith("00");
			assertThat(r.optional(2) == null).as("only group headers lack a 类型代字: %s", r.get(0)).isEqualTo(header);
			assertThat(r.get(3)).as("group of %s", r.get(0)).isEqualTo(r.get(0).substring(0, 2) + "00");
			assertThat(r.get(6)).isIn("CONFIRMED", "INFERRED", "LOCAL");
			assertThat(r.optional(2) == null || r.get(2).length() <= 4).isTrue();
		}
	}
}
