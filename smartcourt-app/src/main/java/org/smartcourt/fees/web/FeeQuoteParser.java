package org.smartcourt.fees.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.FeeExemption;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.Procedure;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Reads the text a person or client typed (元 as a decimal string, slugs) into a {@link FeeRequest}, reporting every
 * bad field at once. Shared by the API and the calculator page so that both refuse the same input the same way.
 */
final class FeeQuoteParser {

	private FeeQuoteParser() {
	}

	/**
	 * @param amountFen the amount in 分, an alternative to {@code amount} in 元.
	 * @throws DomainException (invalid input) naming each bad field.
	 */
	static FeeRequest parse(String kind, String amount, Long amountFen, String divorceProperty, String damages,
			String procedure, boolean mediation, boolean withdrawal, String exemption) {
		List<FieldProblem> problems = new ArrayList<>();
		CaseKind caseKind = null;
		if (blank(kind)) {
			problems.add(new FieldProblem("kind", "required", "validation.fees.kind.required"));
		}
		else {
			caseKind = CaseKind.fromSlug(kind.trim()).orElse(null);
			if (caseKind == null) {
				problems.add(new FieldProblem("kind", "unknown", "validation.fees.kind.unknown"));
			}
		}
		Money claim = money("amount", amount, problems);
		if (amountFen != null) {
			if (claim != null) {
				problems.add(new FieldProblem("amount", "twice", "validation.fees.amount.twice"));
			}
			else if (amountFen < 0) {
				problems.add(new FieldProblem("amountFen", "negative", "validation.fees.amount.negative"));
			}
			else {
				claim = Money.ofFen(amountFen);
			}
		}
		Money property = money("divorceProperty", divorceProperty, problems);
		Money damage = money("damages", damages, problems);
		Procedure proc = Procedure.ORDINARY;
		if (!blank(procedure)) {
			proc = Procedure.fromSlug(procedure.trim()).orElse(null);
			if (proc == null) {
				problems.add(new FieldProblem("procedure", "unknown", "validation.fees.procedure.unknown"));
			}
		}
		FeeExemption exempt = null;
		if (!blank(exemption)) {
			exempt = FeeExemption.fromSlug(exemption.trim()).orElse(null);
			if (exempt == null) {
				problems.add(new FieldProblem("exemption", "unknown", "validation.fees.exemption.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail", problems);
		}
		return new FeeRequest(caseKind, claim, property, damage, proc, mediation, withdrawal, exempt);
	}

	private static Money money(String field, String yuan, List<FieldProblem> problems) {
		if (blank(yuan)) {
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(yuan.trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "not-a-number", "validation.fees.amount.not-a-number"));
			return null;
		}
		if (value.signum() < 0) {
			problems.add(new FieldProblem(field, "negative", "validation.fees.amount.negative"));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, "too-precise", "validation.fees.amount.too-precise"));
			return null;
		}
		if (value.compareTo(new BigDecimal("1000000000000")) > 0) {
			problems.add(new FieldProblem(field, "too-large", "validation.fees.amount.too-large"));
			return null;
		}
		return Money.ofYuan(value);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
