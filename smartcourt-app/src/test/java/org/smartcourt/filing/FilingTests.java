package org.smartcourt.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.UserId;

/** The life of a filing application: the order of steps, the one-time correction and the decision period. */
class FilingTests {

	private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
	/** Seven calendar days from receipt, as the engine computes them when no holiday intervenes. */
	private static final java.util.function.Function<LocalDate, DecisionPeriod> SEVEN_DAYS = received -> new DecisionPeriod(
			FilingKind.CIVIL, received.plusDays(7), "七日（《民事诉讼法》第一百二十六条）");

	private static FilingContent content(String receivingCourt) {
		return new FilingContent("220104", receivingCourt, FilingKind.CIVIL, RequestedProcedure.ORDINARY, "x",
				List.of(), List.of(), "事实", List.of(), List.of());
	}

	private final Filing filing = Filing.draft(UserId.random(), "litigant", "李明", content(null), NOW);

	private static FilingDecision refusal(String reasons) {
		return new FilingDecision(false, null, null, null, reasons, "裁定", "刘立案", NOW, null);
	}

	@Test
	void submittingStartsTheSevenDayDecisionPeriodWithoutCountingTheDayOfReceipt() {
		filing.submit(NOW, TODAY, SEVEN_DAYS);
		assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
		assertThat(filing.decisionDueOn()).contains(LocalDate.of(2026, 12, 6));
		assertThat(filing.isOverdueOn(LocalDate.of(2026, 12, 6))).isFalse();
		assertThat(filing.isOverdueOn(LocalDate.of(2026, 12, 7))).isTrue();
	}

	@Test
	void aCorrectionSendsItBackAndResubmissionRestartsTheClock() {
		filing.submit(NOW, TODAY, SEVEN_DAYS);
		filing.requestCorrection(new CorrectionRequest(List.of("补充被告住所地"), null, TODAY.plusDays(15), "刘立案", NOW));
		assertThat(filing.status()).isEqualTo(FilingStatus.CORRECTION_REQUESTED);
		assertThat(filing.status().isEditable()).isTrue();
		assertThatThrownBy(() -> filing.requestCorrection(
				new CorrectionRequest(List.of("再补一项"), null, TODAY, "刘立案", NOW)))
			.as("the court tells everything at once: no second request before resubmission")
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("filing-not-submitted");
		filing.revise(content(null));
		filing.submit(NOW, TODAY.plusDays(10), SEVEN_DAYS);
		assertThat(filing.decisionDueOn()).contains(TODAY.plusDays(17));
	}

	@Test
	void aCorrectionNeedsItsItems() {
		filing.submit(NOW, TODAY, SEVEN_DAYS);
		assertThatThrownBy(() -> filing.requestCorrection(new CorrectionRequest(List.of(), null, TODAY, "x", NOW)))
			.isInstanceOf(DomainException.class);
		assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
	}

	@Test
	void onlyDraftsAndCorrectionsCanBeRevised() {
		filing.submit(NOW, TODAY, SEVEN_DAYS);
		assertThatThrownBy(() -> filing.revise(content(null))).isInstanceOf(DomainException.class)
			.hasMessageContaining("filing-not-editable");
	}

	@Test
	void aRefusalNeedsReasons() {
		filing.submit(NOW, TODAY, SEVEN_DAYS);
		assertThatThrownBy(() -> filing.refuse(refusal(" "))).isInstanceOf(DomainException.class);
		filing.refuse(refusal("不属于人民法院受理民事诉讼的范围"));
		assertThat(filing.status()).isEqualTo(FilingStatus.REFUSED);
		assertThatThrownBy(filing::withdraw).isInstanceOf(DomainException.class);
	}

	@Test
	void aCrossDomainFilingWaitsAtTheCooperatingCourtUntilIdentityIsCheckedAndItIsForwarded() {
		Filing cross = Filing.draft(UserId.random(), "litigant", "李明", content("220100"), NOW);
		cross.submit(NOW, TODAY, SEVEN_DAYS);
		assertThat(cross.status()).isEqualTo(FilingStatus.AWAITING_FORWARD);
		assertThat(cross.decisionDueOn()).isEmpty();
		assertThatThrownBy(() -> cross.forward(TODAY, SEVEN_DAYS)).isInstanceOf(DomainException.class)
			.hasMessageContaining("identity-not-checked");
		cross.recordIdentityCheck(new IdentityCheck("居民身份证原件核对", true, null, "x", "220100", NOW));
		cross.forward(TODAY.plusDays(1), SEVEN_DAYS);
		assertThat(cross.status()).isEqualTo(FilingStatus.SUBMITTED);
		assertThat(cross.decisionDueOn()).as("the period runs from receipt by the court with jurisdiction")
			.contains(TODAY.plusDays(8));
	}
}
