package org.smartcourt.cases.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/** How a search text is read: 案号, identity number, or the beginning of a name. */
class SearchTextTests {

	@Test
	void aCaseNumberIsRecognisedByItsBracketedYearInEitherWidth() {
		assertThat(SearchText.of("（2026）吉0104民初12号").kind()).isEqualTo(SearchKind.CASE_NUMBER);
		assertThat(SearchText.of(" (2026)吉0104民初12号 ").kind()).isEqualTo(SearchKind.CASE_NUMBER);
	}

	@Test
	void residentIdsAndCreditCodesAreIdentityNumbersInUpperCase() {
		SearchText id = SearchText.of("22010419800101123x");
		assertThat(id.kind()).isEqualTo(SearchKind.ID_NUMBER);
		assertThat(id.value()).isEqualTo("22010419800101123X");
		assertThat(SearchText.of("91220101MA0Y3KXR2C").kind()).isEqualTo(SearchKind.ID_NUMBER);
	}

	@Test
	void anythingElseIsTheBeginningOfAName() {
		assertThat(SearchText.of("长春华信").kind()).isEqualTo(SearchKind.PARTY_NAME);
		// 17 digits is neither a resident ID nor a credit code
		assertThat(SearchText.of("22010419800101123").kind()).isEqualTo(SearchKind.PARTY_NAME);
	}

	@Test
	void theUpperBoundFollowsEveryNameWithThePrefix() {
		SearchText text = SearchText.of("张伟");
		String bound = text.prefixUpperBound();
		assertThat("张伟".compareTo(bound)).isNegative();
		assertThat("张伟伟".compareTo(bound)).isNegative();
		assertThat("张伟有限公司".compareTo(bound)).isNegative();
		assertThat("张伟".substring(0, 1) + (char) ('伟' + 1)).isEqualTo(bound);
		assertThat("张x".compareTo(bound)).isNegative();
	}

	@Test
	void theAuditKeepsOnlyTheEndsOfAnIdentityNumber() {
		assertThat(SearchText.of("220104198001011234").forAudit()).isEqualTo("ID_NUMBER 220104********1234");
		assertThat(SearchText.of("张三丰").forAudit()).isEqualTo("PARTY_NAME 张三丰");
	}

	@Test
	void tooShortOrTooLongIsRefusedOnTheField() {
		for (String bad : new String[] { null, "", " 张 ", "x".repeat(65) }) {
			assertThatThrownBy(() -> SearchText.of(bad)).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("q"));
		}
	}
}
