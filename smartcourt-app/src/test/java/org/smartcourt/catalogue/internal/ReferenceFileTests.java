package org.smartcourt.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The versioned CSV reference files: header, version and field count are checked before anything is loaded. */
class ReferenceFileTests {

	private static ByteArrayResource file(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test file");
	}

	@Test
	void readsVersionAndRowsSkippingCommentsAndTheHeader() {
		ReferenceFile f = ReferenceFile.read(file("# a list. version: 7\ncode,name,type\n\n0301,民事一审,民初\n0300,民事,\n"), 3);
		assertThat(f.version()).isEqualTo("7");
		assertThat(f.rows()).hasSize(2);
		assertThat(f.rows().get(0)).containsExactly("0301", "民事一审", "民初");
		assertThat(f.rows().get(1)[2]).isNull();
	}

	@Test
	void refusesAFileWithoutVersion() {
		assertThatIllegalStateException().isThrownBy(() -> ReferenceFile.read(file("code,name\n1,a\n"), 2))
			.withMessageContaining("version");
	}

	@Test
	void refusesALineWithTheWrongNumberOfFields() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceFile.read(file("# version: 1\ncode,name\n1,a,b\n"), 2))
			.withMessageContaining("2 fields");
	}

	@Test
	void theBundledCatalogueIsConsistent() {
		ReferenceFile f = ReferenceFile.read(new ClassPathResource("reference/catalogue/case-types.csv"), 8);
		assertThat(f.rows()).extracting(r -> r[0]).doesNotHaveDuplicates().isSorted();
		for (String[] r : f.rows()) {
			boolean header = r[0].endsWith("00");
			assertThat(r[2] == null).as("only group headers lack a 类型代字: %s", r[0]).isEqualTo(header);
			assertThat(r[3]).as("group of %s", r[0]).isEqualTo(r[0].substring(0, 2) + "00");
			assertThat(r[6]).isIn("CONFIRMED", "INFERRED", "LOCAL");
			assertThat(r[2] == null || r[2].length() <= 4).isTrue();
		}
	}
}
