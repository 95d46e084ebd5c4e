package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the law allows for the next extension (延长审限) of a period, and by when.
 *
 * @param allowed whether another extension is possible at all under the rule (e.g. 小额诉讼: once, one month).
 * @param approver who decides, as shown: 本院院长, 上一级人民法院, 高级人民法院, 最高人民法院.
 * @param higherCourt whether the approver is outside the case's court (the request goes up).
 * @param maxLength the longest extension that may be granted, or {@literal null} where the law sets none.
 * @param unit the unit of {@code maxLength}.
 * @param requestBy the last day to apply (e.g. 15 days before expiry under the 2019 rule art. 1).
 * @param decideBy the last day for the approver to decide (e.g. 5 days before expiry).
 * @param citation the article(s), e.g. 《民事诉讼法》第一百六十四条；2019年规定第一条.
 * @param refusal when not allowed, the reason in Chinese with its article; otherwise empty.
 */
public record ExtensionTerms(boolean allowed, String approver, boolean higherCourt, Integer maxLength,
		PeriodUnit unit, LocalDate requestBy, LocalDate decideBy, String citation, Optional<String> refusal) {

	/** Whether a request made on {@code day} is in time. */
	public boolean requestInTime(LocalDate day) {
		return allowed && requestBy != null && !day.isAfter(requestBy);
	}

	/**
	 * Why a request made on {@code day} must be refused: the {@link #refusal()} when no extension is allowed, a late
	 * request with its last day and article, or empty when the request is in time.
	 */
	public Optional<String> refusalOn(LocalDate day) {
		if (!allowed) {
			return refusal;
		}
		if (requestInTime(day)) {
			return Optional.empty();
		}
		return Optional.of("延长审限的申请应当不迟于" + DeadlineCalculator.format(requestBy) + "提出（" + citation + "），"
				+ DeadlineCalculator.format(day) + "提出已逾期，不予受理。");
	}
}
