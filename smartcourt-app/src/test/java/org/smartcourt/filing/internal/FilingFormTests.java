package org.smartcourt.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.web.FilingForm;

/** Amounts typed in 元 become exact fen; anything else is reported, not guessed. */
class FilingFormTests {

	private static FilingContent withAmount(String amount, List<Integer> bad) {
		FilingForm form = new FilingForm();
		FilingForm.ClaimForm claim = new FilingForm.ClaimForm();
		claim.setText("判令被告偿还借款");
		claim.setAmount(amount);
		form.getClaims().add(claim);
		return form.toContent(List.of(), bad);
	}

	@Test
	void amountsAreExactFen() {
		List<Integer> bad = new ArrayList<>();
		assertThat(withAmount("100000", bad).claims().get(0).amountFen()).isEqualTo(10_000_000L);
		assertThat(withAmount("1,234.56", bad).claims().get(0).amountFen()).isEqualTo(123_456L);
		assertThat(withAmount("0.1", bad).claims().get(0).amountFen()).isEqualTo(10L);
		assertThat(bad).isEmpty();
	}

	@Test
	void moreThanTwoDecimalsOrTextIsReported() {
		List<Integer> bad = new ArrayList<>();
		assertThat(withAmount("12.345", bad).claims().get(0).amountFen()).isNull();
		assertThat(withAmount("十万元", bad).claims().get(0).amountFen()).isNull();
		assertThat(bad).containsExactly(0, 0);
	}

	@Test
	void roundTripsThroughTheForm() {
		List<Integer> bad = new ArrayList<>();
		FilingContent content = withAmount("2300.5", bad);
		assertThat(FilingForm.of(content).getClaims().get(0).getAmount()).isEqualTo("2300.50");
	}
}
