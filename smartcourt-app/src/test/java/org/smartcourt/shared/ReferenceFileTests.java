package org.smartcourt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The versioned CSV reference files: header, version and field count are checked before anything is loaded. */
class ReferenceFileTests {

	private static ByteArrayResource file(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test file");
	}

	@Test
	void readsVersionAndRowsSkippingCommentsAndTheHeader() {
		ReferenceFile f = ReferenceFile.read(file("# a list. version: 7\ncode,name,type\n\n0301,民事一审,民初\n0300,民事,\n"),
				"code,name,type");
		assertThat(f.version()).isEqualTo("7");
		assertThat(f.source()).isNull();
		assertThat(f.rows()).hasSize(2);
		assertThat(f.rows().get(0).fields()).containsExactly("0301", "民事一审", "民初");
		assertThat(f.rows().get(0).line()).isEqualTo(4);
		assertThat(f.rows().get(1).optional(2)).isNull();
		assertThat(f.rows().get(1).get(2)).isEmpty();
	}

	@Test
	void readsTheSourceCommentSkipsAByteOrderMarkAndStripsFields() {
		ReferenceFile f = ReferenceFile.read(file("\uFEFF# version: 2\n# source: 测试\na,b\n 1 , 二 \n"), "a,b");
		assertThat(f.version()).isEqualTo("2");
		assertThat(f.source()).isEqualTo("测试");
		assertThat(f.rows()).singleElement().satisfies(row -> assertThat(row.fields()).containsExactly("1", "二"));
	}

	@Test
	void refusesAFileWithoutVersion() {
		assertThatIllegalStateException().isThrownBy(() -> ReferenceFile.read(file("code,name\n1,a\n"), "code,name"))
			.withMessageContaining("version")
			.withMessageContaining("test file");
	}

	@Test
	void refusesALineWithTheWrongNumberOfFields() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceFile.read(file("# version: 1\ncode,name\n1,a,b\n"), "code,name"))
			.withMessageContaining("2 fields")
			.withMessageContaining("test file] line 3");
	}

	@Test
	void refusesAnotherColumnHeader() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceFile.read(file("# version: 1\ncode,title\n1,a\n"), "code,name"))
			.withMessageContaining("line 2")
			.withMessageContaining("the column header must be 'code,name'");
	}
}
