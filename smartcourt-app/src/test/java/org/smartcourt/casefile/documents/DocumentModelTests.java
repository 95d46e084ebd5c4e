package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.ChineseDate;
import org.smartcourt.casefile.internal.documents.DocumentModel;
import org.smartcourt.casefile.internal.documents.DocumentModel.Facts;
import org.smartcourt.casefile.internal.documents.DocumentModel.Party;

/** What templates see: parties by side, the addressee, blanks for what the case does not hold, dates in Chinese. */
class DocumentModelTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
	private static final List<Party> PARTIES = List.of(new Party(1, "张三", "PLAINTIFF", "原告", "自然人", false, null, null),
			new Party(2, "赵律师", "PLAINTIFF", "原告", null, true, "张三", "12201200010000001"),
			new Party(3, "李四", "DEFENDANT", "被告", "自然人", false, null, null),
			new Party(4, "某某公司", "THIRD_PARTY", "第三人", "法人", false, null, null));

	private static Facts facts(Integer addressee, String clerk) {
		return new Facts("长春市朝阳区人民法院", "吉0104", "（2026）吉0104民初1号", "张三诉李四民间借贷纠纷", "民间借贷纠纷", "简易程序",
				LocalDate.of(2026, 3, 2), PARTIES, addressee, "王法官", null, null, clerk, null, null, TODAY);
	}

	@Test
	void chineseDatesAreWrittenAsCourtsWriteThem() {
		assertThat(ChineseDate.of(TODAY)).isEqualTo("二〇二六年十一月二十九日");
		assertThat(ChineseDate.of(LocalDate.of(2030, 10, 10))).isEqualTo("二〇三〇年十月十日");
		assertThat(ChineseDate.of(LocalDate.of(2027, 1, 31))).isEqualTo("二〇二七年一月三十一日");
		assertThat(ChineseDate.of(LocalDate.of(2026, 12, 20))).isEqualTo("二〇二六年十二月二十日");
		assertThat(ChineseDate.timeOf(LocalDate.of(2026, 12, 1).atTime(9, 5))).isEqualTo("2026年12月1日9时05分");
	}

	@Test
	@SuppressWarnings("unchecked")
	void partiesAreSortedBySideWithoutAgentsAndTheAddresseeIsChosen() {
		Map<String, Object> model = DocumentModel.of(facts(3, "孙书记"));
		assertThat((List<Map<String, Object>>) model.get("plaintiffs")).extracting(p -> p.get("name")).containsExactly("张三");
		assertThat((List<Map<String, Object>>) model.get("defendants")).extracting(p -> p.get("name")).containsExactly("李四");
		assertThat((List<Map<String, Object>>) model.get("thirdParties")).extracting(p -> p.get("name"))
			.containsExactly("某某公司");
		List<Map<String, Object>> agents = (List<Map<String, Object>>) model.get("agents");
		assertThat(agents).singleElement().satisfies(a -> {
			assertThat(a.get("represents")).isEqualTo("张三");
			assertThat(a.get("lawyer")).isEqualTo(true);
		});
		assertThat(((Map<String, Object>) model.get("addressee")).get("name")).isEqualTo("李四");
		assertThat(((Map<String, Object>) model.get("case")).get("registeredOn")).isEqualTo("二〇二六年三月二日");
		assertThat(model.get("today")).isEqualTo("二〇二六年十一月二十九日");
	}

	@Test
	@SuppressWarnings("unchecked")
	void whatTheCaseDoesNotHoldIsABlankLineToFillIn() {
		Map<String, Object> model = DocumentModel.of(facts(null, null));
		assertThat(((Map<String, Object>) model.get("addressee")).get("name")).isEqualTo(DocumentModel.BLANK);
		Map<String, Object> team = (Map<String, Object>) model.get("team");
		assertThat(team.get("clerk")).isEqualTo(DocumentModel.BLANK);
		assertThat(team.get("presidingJudge")).as("独任: the judge presides").isEqualTo("王法官");
		Map<String, Object> hearing = (Map<String, Object>) model.get("hearing");
		assertThat(hearing.get("present")).isEqualTo(false);
		assertThat(hearing.get("time")).isEqualTo(DocumentModel.BLANK);
	}
}
