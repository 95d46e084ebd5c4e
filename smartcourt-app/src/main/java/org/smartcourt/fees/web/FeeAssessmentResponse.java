package org.smartcourt.fees.web;

import java.util.List;

import org.smartcourt.fees.DerivationLine;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeSchedule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An assessed fee as JSON: the total (元 and 分), the derivation lines with their citations, the rounding rule and
 * the province's choices the rules used.
 */
record FeeAssessmentResponse(String kind, String kindLabel, String category, String total, long totalFen,
		String exact, List<Line> lines, String roundingRule, String province, List<Choice> provincialSchedule) {

	/** One derivation line; {@code base} and {@code rate} are empty for fixed fees and adjustments. */
	record Line(String description, String base, Long baseFen, String rate, String amount, String citation) {

		static Line of(DerivationLine l) {
			return new Line(l.description(), l.base() == null ? null : l.base().toString(),
					l.base() == null ? null : l.base().fen(), l.ratePercent() == null ? null : l.rateText(),
					l.amountText(), l.citation().text());
		}
	}

	/** One amount the province fixed inside a legal range. */
	record Choice(String property, String label, String amount, String min, String max, String citation) {
	}

	static FeeAssessmentResponse of(FeeAssessment a, FeeSchedule schedule, MessageSource messages) {
		return new FeeAssessmentResponse(a.request().kind().slug(),
				messages.getMessage(a.request().kind().labelKey(), null, LocaleContextHolder.getLocale()),
				a.category().name(), a.total().toString(), a.total().fen(), a.exact().toPlainString(),
				a.lines().stream().map(Line::of).toList(), a.roundingRule(), schedule.name(),
				schedule.choices()
					.stream()
					.map(c -> new Choice(c.property(),
							messages.getMessage(c.labelKey(), null, LocaleContextHolder.getLocale()),
							c.amount().toString(), c.min().toString(), c.max().toString(), c.citation().text()))
					.toList());
	}
}
