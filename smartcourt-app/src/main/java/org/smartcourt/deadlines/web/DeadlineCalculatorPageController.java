package org.smartcourt.deadlines.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 期限计算 for court staff: a GET form (nothing changes, so a result can be bookmarked) showing the deadline with its
 * explanation, step by step, and the rule table.
 */
@Controller
@PreAuthorize("hasAnyRole('FILING_CLERK','JUDGE','ASSISTANT','CLERK','DIVISION_HEAD','PRESIDENT','MEDIATOR','HOTLINE','APPRAISAL','IT_ADMIN')")
class DeadlineCalculatorPageController {

	private static final Pattern ROW = Pattern.compile("^exclusions\\[(\\d+)]");

	private final Deadlines deadlines;
	private final MessageSource messages;

	DeadlineCalculatorPageController(Deadlines deadlines, MessageSource messages) {
		this.deadlines = deadlines;
		this.messages = messages;
	}

	@GetMapping("/deadlines/calculator")
	String calculator(@ModelAttribute("form") DeadlineCalculatorForm form, Model model) {
		model.addAttribute("rules", deadlines.rules());
		model.addAttribute("rows", List.of(0, 1, 2));
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.submitted()) {
			List<Integer> filled = form.filledRows();
			try {
				DeadlineResult result = deadlines.compute(DeadlineInput.parse(deadlines, form.getRuleId(),
						form.startText(), filled.stream().map(form::row).toList(), form.isInCustody()));
				model.addAttribute("result", result);
				model.addAttribute("dueText", result.dueAt() != null
						? message("deadlines.result.dueAt", DeadlineCalculator.format(result.dueAt()))
						: message("deadlines.result.due", DeadlineCalculator.format(result.due())));
			}
			catch (DomainException ex) {
				if (ex.kind() != DomainException.Kind.INVALID_INPUT) {
					throw ex;
				}
				ex.fieldProblems()
					.forEach(p -> errors.putIfAbsent(pageField(p.field(), filled), messages.getMessage(p.messageKey(),
							p.args().toArray(), p.messageKey(), LocaleContextHolder.getLocale())));
			}
		}
		model.addAttribute("errors", errors);
		return "deadlines/calculator";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** {@code exclusions[0].from} of the filled rows → the same field of the row on the page; row-level → its from. */
	private static String pageField(String field, List<Integer> filled) {
		Matcher m = ROW.matcher(field);
		if (!m.find()) {
			return field;
		}
		int row = filled.get(Integer.parseInt(m.group(1)));
		String rest = field.substring(m.end());
		return "exclusions-" + row + (rest.isEmpty() ? "-from" : "-" + rest.substring(1));
	}
}
