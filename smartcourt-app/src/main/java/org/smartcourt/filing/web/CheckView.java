package org.smartcourt.filing.web;

import java.util.List;

import org.smartcourt.filing.FilingCheckResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The 预检 result with every message in Chinese, as the API and the wizard show it. */
record CheckView(boolean submittable, List<Problem> problems, List<Material> checklist,
		List<FilingCheckResult.JurisdictionHint> jurisdictionHints, FilingCheckResult.FeeEstimate fee) {

	record Problem(String field, String code, String message, String step) {
	}

	record Material(String label, String kind, boolean required, boolean present) {
	}

	static CheckView of(FilingCheckResult result, MessageSource messages) {
		var locale = LocaleContextHolder.getLocale();
		return new CheckView(result.submittable(),
				result.problems()
					.stream()
					.map(p -> new Problem(p.field(), p.code(),
							messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale),
							FilingSteps.of(p.field())))
					.toList(),
				result.checklist()
					.stream()
					.map(m -> new Material(messages.getMessage(m.labelKey(), null, m.labelKey(), locale),
							m.kind().name(), m.required(), m.present()))
					.toList(),
				result.jurisdictionHints(), result.fee());
	}
}
