package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

class MobileNumberTests {

	@Test
	void acceptsMainlandNumbersAndDropsSeparatorsAndCountryCode() {
		assertThat(MobileNumber.parse("138 0000 0001").value()).isEqualTo("13800000001");
		assertThat(MobileNumber.parse("+86-19912345678").value()).isEqualTo("19912345678");
		assertThat(MobileNumber.parse("13800000001").masked()).isEqualTo("138****0001");
	}

	@Test
	void rejectsOtherNumbers() {
		assertThat(MobileNumber.isValid("12800000001")).isFalse();
		assertThat(MobileNumber.isValid("1380000000")).isFalse();
		assertThat(MobileNumber.isValid(null)).isFalse();
		assertThatThrownBy(() -> MobileNumber.parse("0431-88888888"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("mobile"));
	}
}
