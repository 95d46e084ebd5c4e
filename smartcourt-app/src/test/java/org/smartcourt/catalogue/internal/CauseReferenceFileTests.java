package org.smartcourt.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** Reading the causes-of-action reference file: the whole file is checked, and a bad row names its line and why. */
class CauseReferenceFileTests {

	private static final String HEAD = """
			# 民事案件案由规定 test data. version: t.1
			# source: 测试
			code,name,level,parent_code,confidence,note
			""";

	private static CauseReferenceFile read(String text) {
		try {
			return CauseReferenceFile.read(new BufferedReader(new StringReader(text)), "test.csv");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void readsVersionSourceAndRowsInFileOrder() {
		CauseReferenceFile file = read("\uFEFF" + HEAD + """
				4,合同、准合同纠纷,1,,HIGH,

				4.10,合同纠纷,2,4,HIGH,
				4.10.103,借款合同纠纷,3,4.10,MEDIUM,
				4.10.103.3,民间借贷纠纷,4,4.10.103,LOW,第四级
				""");
		assertThat(file.version()).isEqualTo("t.1");
		assertThat(file.source()).isEqualTo("测试");
		assertThat(file.rows()).extracting(CauseRow::code).containsExactly("4", "4.10", "4.10.103", "4.10.103.3");
		assertThat(file.rows().get(0)).isEqualTo(new CauseRow("4", "合同、准合同纠纷", 1, null, CauseConfidence.HIGH, null));
		assertThat(file.rows().get(3)).isEqualTo(
				new CauseRow("4.10.103.3", "民间借贷纠纷", 4, "4.10.103", CauseConfidence.LOW, "第四级"));
	}

	@Test
	void sourceDefaultsToTheFileDescription() {
		CauseReferenceFile file = read("""
				# version: t.2
				code,name,level,parent_code,confidence,note
				1,人格权纠纷,1,,HIGH,
				""");
		assertThat(file.source()).isEqualTo("test.csv");
	}

	@Test
	void rejectsARowWithTheWrongNumberOfFields() {
		assertThatThrownBy(() -> read(HEAD + "4,合同、准合同纠纷,1,,HIGH\n"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test.csv line 4")
			.hasMessageContaining("needs 6 fields")
			.hasMessageContaining("has 5");
	}

	@Test
	void rejectsALevelOutsideOneToFour() {
		assertThatThrownBy(() -> read(HEAD + "4,合同、准合同纠纷,一,,HIGH,\n")).hasMessageContaining("line 4")
			.hasMessageContaining("level must be 1 to 4, not '一'");
		assertThatThrownBy(() -> read(HEAD + "4,合同、准合同纠纷,5,,HIGH,\n"))
			.hasMessageContaining("level must be 1 to 4, not '5'");
	}

	@Test
	void rejectsAChildWhoseParentIsNotDefinedAboveIt() {
		assertThatThrownBy(() -> read(HEAD + """
				4.10,合同纠纷,2,4,HIGH,
				4,合同、准合同纠纷,1,,HIGH,
				""")).hasMessageContaining("line 4").hasMessageContaining("parent 4 is not defined above this line");
	}

	@Test
	void rejectsALevelThatSkipsOne() {
		assertThatThrownBy(() -> read(HEAD + """
				4,合同、准合同纠纷,1,,HIGH,
				4.10.103,借款合同纠纷,3,4,HIGH,
				""")).hasMessageContaining("line 5").hasMessageContaining("levels go down one at a time");
	}

	@Test
	void rejectsAFirstLevelCauseWithAParentAndALowerOneWithout() {
		assertThatThrownBy(() -> read(HEAD + """
				4,合同、准合同纠纷,1,,HIGH,
				5,知识产权与竞争纠纷,1,4,HIGH,
				""")).hasMessageContaining("line 5").hasMessageContaining("a first-level cause (部分) has no parent");
		assertThatThrownBy(() -> read(HEAD + "4.10,合同纠纷,2,,HIGH,\n"))
			.hasMessageContaining("a level 2 cause needs a parent_code");
	}

	@Test
	void rejectsADuplicateCode() {
		assertThatThrownBy(() -> read(HEAD + """
				4,合同、准合同纠纷,1,,HIGH,
				4,知识产权与竞争纠纷,1,,HIGH,
				""")).hasMessageContaining("line 5").hasMessageContaining("code 4 is defined twice");
	}

	@Test
	void rejectsAnUnknownConfidenceAndABlankName() {
		assertThatThrownBy(() -> read(HEAD + "4,合同、准合同纠纷,1,,SURE,\n"))
			.hasMessageContaining("confidence must be HIGH, MEDIUM or LOW, not 'SURE'");
		assertThatThrownBy(() -> read(HEAD + "4, ,1,,HIGH,\n")).hasMessageContaining("name must be 1 to 100 characters");
		assertThatThrownBy(() -> read(HEAD + ",合同、准合同纠纷,1,,HIGH,\n")).hasMessageContaining("code must be");
	}

	@Test
	void rejectsAFileWithoutVersionHeaderColumnsOrRows() {
		assertThatThrownBy(() -> read("""
				code,name,level,parent_code,confidence,note
				4,合同、准合同纠纷,1,,HIGH,
				""")).hasMessageContaining("has no '# version:' header line");
		assertThatThrownBy(() -> read("""
				# version: t.3
				code,name,level,parent,confidence,note
				""")).hasMessageContaining("line 2").hasMessageContaining("the column header must be");
		assertThatThrownBy(() -> read(HEAD)).hasMessageContaining("has no causes");
	}
}
