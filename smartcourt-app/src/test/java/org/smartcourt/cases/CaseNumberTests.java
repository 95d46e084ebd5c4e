package org.smartcourt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/** 案号 layout and reading (案号规定 arts. 2–3, 9–10, as amended by 法〔2018〕335号). */
class CaseNumberTests {

	private static final Set<String> TYPES = Set.of("民初", "民终", "民特", "民诉前调", "诉前调确", "刑核", "刑初", "民申", "执",
			"执恢", "破", "破申", "行赔初", "初");
	private static final Set<String> SPECIAL = Set.of("知");

	private static CaseNumber parse(String text) {
		return CaseNumber.parse(text, TYPES, SPECIAL);
	}

	@Test
	void formatsWithFullWidthBrackets() {
		assertThat(new CaseNumber(2026, "吉0102", null, "民初", "123").format()).isEqualTo("（2026）吉0102民初123号");
		assertThat(new CaseNumber(2025, "吉01", "知", "民初", "64").format()).isEqualTo("（2025）吉01知民初64号");
		assertThat(new CaseNumber(2025, "吉01", "知", "民初", "64").numberingType()).isEqualTo("知民初");
	}

	@Test
	void readsFullWidthBasicCourtNumber() {
		CaseNumber n = parse("（2026）吉0102民初123号");
		assertThat(n).isEqualTo(new CaseNumber(2026, "吉0102", null, "民初", "123"));
	}

	@Test
	void readsHalfWidthBracketsAndSurroundingWhitespaceIntoTheNormalForm() {
		CaseNumber n = parse("  (2017)吉01民初770号\u3000\n");
		assertThat(n.format()).isEqualTo("（2017）吉01民初770号");
		assertThat(n.courtCode()).isEqualTo("吉01");
	}

	@Test
	void readsTheSpecialTrialCode() {
		assertThat(parse("(2025)吉01知民初64号")).isEqualTo(new CaseNumber(2025, "吉01", "知", "民初", "64"));
	}

	@Test
	void readsHighCourtCodeWithoutDigits() {
		assertThat(parse("（2024）吉民终5号")).isEqualTo(new CaseNumber(2024, "吉", null, "民终", "5"));
		assertThat(parse("（2024）吉执恢5号")).isEqualTo(new CaseNumber(2024, "吉", null, "执恢", "5"));
		assertThat(parse("（2024）吉执5号").typeCode()).isEqualTo("执");
	}

	@Test
	void readsTheSupremeCourtWithAndWithoutSpecialCode() {
		assertThat(parse("(2021)最高法知民终2270号")).isEqualTo(new CaseNumber(2021, "最高法", "知", "民终", "2270"));
		assertThat(parse("（2020）最高法民申1号")).isEqualTo(new CaseNumber(2020, "最高法", null, "民申", "1"));
	}

	@Test
	void prefersTheLongestKnownTypeCode() {
		// 初 alone is known here, but 民初 / 行赔初 end the run too: the longer one wins
		assertThat(parse("（2026）吉0102民初1号").typeCode()).isEqualTo("民初");
		assertThat(parse("（2026）吉行赔初1号")).isEqualTo(new CaseNumber(2026, "吉", null, "行赔初", "1"));
		assertThat(parse("（2021）川0104民诉前调801号").typeCode()).isEqualTo("民诉前调");
		assertThat(parse("（2023）吉0102诉前调确7号").typeCode()).isEqualTo("诉前调确");
	}

	@Test
	void readsForestryCourtCodes() {
		assertThat(parse("（2024）吉7502民初22号").courtCode()).isEqualTo("吉7502");
	}

	@Test
	void criminalReviewNumbersAreEightDigits() {
		assertThat(parse("（2026）最高法刑核01234567号").number()).isEqualTo("01234567");
		assertInvalid("（2026）最高法刑核123号", "validation.case-number.number");
	}

	@Test
	void rejectsMalformedText() {
		assertInvalid(null, "validation.case-number.format");
		assertInvalid("   ", "validation.case-number.format");
		assertInvalid("2026吉0102民初123号", "validation.case-number.format");
		assertInvalid("（2026）吉0102民初123", "validation.case-number.format");
		assertInvalid("（2026）吉0102民初号", "validation.case-number.format");
		assertInvalid("（2026）吉0102 民初123号", "validation.case-number.format");
		assertInvalid("（2026）吉0102民初12a号", "validation.case-number.format");
		assertInvalid("（26）吉0102民初123号", "validation.case-number.year");
		assertInvalid("（2015）吉0102民初123号", "validation.case-number.year");
	}

	@Test
	void rejectsUnknownTypeCodes() {
		assertInvalid("（2026）吉0102民甲123号", "validation.case-number.type-code");
		assertInvalid("（2026）吉0102知123号", "validation.case-number.type-code");
	}

	@Test
	void rejectsBadCourtCodes() {
		assertInvalid("（2026）吉010民初123号", "validation.case-number.court-code");
		assertInvalid("（2026）吉林民初123号", "validation.case-number.court-code");
		assertInvalid("（2026）最高法01民初123号", "validation.case-number.court-code");
		assertInvalid("（2026）X01民初123号", "validation.case-number.format");
		assertInvalid("（2026）民初123号", "validation.case-number.court-code");
		assertInvalid("（2026）吉01特民初123号", "validation.case-number.court-code");
	}

	@Test
	void rejectsLeadingZeroSequentialNumbers() {
		assertInvalid("（2026）吉0102民初0123号", "validation.case-number.number");
		assertInvalid("（2026）吉0102民初0号", "validation.case-number.number");
	}

	@Test
	void theConstructorGuardsEveryPart() {
		assertThatThrownBy(() -> new CaseNumber(2026, "吉0102", "知识", "民初", "1")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new CaseNumber(2026, "吉0102", null, "民初1", "1")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new CaseNumber(2026, "吉0102", null, "刑核", "1")).isInstanceOf(DomainException.class);
	}

	private static void assertInvalid(String text, String messageKey) {
		assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
			assertThat(ex.code()).isEqualTo("invalid-case-number");
			assertThat(ex.fieldProblems()).singleElement()
				.satisfies(f -> assertThat(f.messageKey()).as(String.valueOf(text)).isEqualTo(messageKey));
		});
	}
}
