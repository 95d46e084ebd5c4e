package org.smartcourt.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue of causes of action is a well-formed tree: read here on its own, without the loader, so a
 * loader bug cannot hide a data error.
 */
class CauseCatalogueDataTests {

	private static final Path FILE = Path.of("src/main/resources/reference/catalogue/causes-of-action.csv");

	record Row(int line, String code, String name, int level, String parent, String confidence) {
	}

	static List<String> lines;
	static Map<String, Row> byCode;
	static List<Row> rows;

	@BeforeAll
	static void read() throws IOException {
		lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
		rows = new ArrayList<>();
		byCode = new HashMap<>();
		boolean header = true;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			if (header) {
				assertThat(line).isEqualTo("code,name,level,parent_code,confidence,note");
				header = false;
				continue;
			}
			String[] f = line.split(",", -1);
			assertThat(f).as("line %d: %s", i + 1, line).hasSize(6);
			Row row = new Row(i + 1, f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]);
			assertThat(byCode.put(row.code(), row)).as("duplicate code on line %d", row.line()).isNull();
			rows.add(row);
		}
	}

	@Test
	void hasVersionAndSourceHeaders() {
		assertThat(lines).anyMatch(l -> l.startsWith("#") && l.contains("version:"))
			.anyMatch(l -> l.startsWith("# source:") && l.contains("法〔2020〕347号"));
	}

	@Test
	void everyNonRootCauseHasAParentOneLevelUpDefinedBeforeIt() {
		for (Row row : rows) {
			if (row.level() == 1) {
				assertThat(row.parent()).as("line %d", row.line()).isEmpty();
				continue;
			}
			Row parent = byCode.get(row.parent());
			assertThat(parent).as("parent %s of line %d", row.parent(), row.line()).isNotNull();
			assertThat(parent.level()).as("line %d", row.line()).isEqualTo(row.level() - 1);
			assertThat(parent.line()).as("line %d", row.line()).isLessThan(row.line());
		}
	}

	@Test
	void codesAreTheOfficialNumbersOfTheLevelsJoinedByDots() {
		Set<String> thirdLevelSerials = new HashSet<>();
		for (Row row : rows) {
			assertThat(row.code()).as("line %d", row.line()).matches("\\d+(\\.\\d+){" + (row.level() - 1) + "}");
			if (row.level() > 1) {
				assertThat(row.code()).as("line %d", row.line()).startsWith(row.parent() + ".");
			}
			if (row.level() == 3) {
				assertThat(thirdLevelSerials.add(row.code().split("\\.")[2])).as("line %d", row.line()).isTrue();
			}
		}
	}

	@Test
	void coversTheElevenPartsAndTheFiftyFourSecondLevelGroups() {
		Map<Integer, Integer> perLevel = new TreeMap<>();
		rows.forEach(row -> perLevel.merge(row.level(), 1, Integer::sum));
		assertThat(perLevel.get(1)).isEqualTo(11);
		assertThat(perLevel.get(2)).isEqualTo(54);
		assertThat(perLevel.get(3)).isBetween(470, 473);
		assertThat(rows).filteredOn(row -> row.level() == 1)
			.extracting(Row::name)
			.containsExactly("人格权纠纷", "婚姻家庭、继承纠纷", "物权纠纷", "合同、准合同纠纷", "知识产权与竞争纠纷", "劳动争议、人事争议",
					"海事海商纠纷", "与公司、证券、保险、票据等有关的民事纠纷", "侵权责任纠纷", "非讼程序案件案由", "特殊诉讼程序案件案由");
		assertThat(rows).extracting(Row::confidence).allMatch(c -> Set.of("HIGH", "MEDIUM", "LOW").contains(c));
	}

	@Test
	void listsTheCommonCausesUnderTheirGroups() {
		assertThat(pathOf("民间借贷纠纷")).containsExactly("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷");
		assertThat(pathOf("机动车交通事故责任纠纷")).containsExactly("侵权责任纠纷", "侵权责任纠纷", "机动车交通事故责任纠纷");
		assertThat(pathOf("追索劳动报酬纠纷")).containsExactly("劳动争议、人事争议", "劳动争议", "劳动合同纠纷", "追索劳动报酬纠纷");
		assertThat(pathOf("离婚纠纷")).containsExactly("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷");
		for (String name : List.of("买卖合同纠纷", "金融借款合同纠纷", "租赁合同纠纷", "建设工程合同纠纷", "物业服务合同纠纷", "房屋买卖合同纠纷",
				"服务合同纠纷", "离婚后财产纠纷", "抚养纠纷", "赡养纠纷", "法定继承纠纷", "劳动合同纠纷", "生命权、身体权、健康权纠纷",
				"医疗损害责任纠纷", "产品责任纠纷")) {
			assertThat(rows).as(name).anyMatch(row -> row.name().equals(name));
		}
	}

	private List<String> pathOf(String name) {
		Row row = rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
		LinkedList<String> path = new LinkedList<>();
		for (Row at = row; at != null; at = byCode.get(at.parent())) {
			path.addFirst(at.name());
		}
		return path;
	}
}
