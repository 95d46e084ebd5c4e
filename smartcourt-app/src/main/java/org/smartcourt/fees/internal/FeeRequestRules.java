package org.smartcourt.fees.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.FeeCategory;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Which inputs each kind of case uses. An amount the kind does not use is refused rather than ignored, so that
 * nobody reads a fee as depending on it.
 */
final class FeeRequestRules {

	/** The kinds whose fee depends on {@link FeeRequest#amount()}. */
	private static final Set<CaseKind> USE_AMOUNT = EnumSet.of(CaseKind.PROPERTY, CaseKind.INTELLECTUAL_PROPERTY,
			CaseKind.ENFORCEMENT, CaseKind.PRESERVATION, CaseKind.PAYMENT_ORDER, CaseKind.BANKRUPTCY);

	private FeeRequestRules() {
	}

	/** @throws DomainException (invalid input) listing every problem at once. */
	static void check(FeeRequest r) {
		List<FieldProblem> problems = new ArrayList<>();
		if (r.kind().amountRequired() && r.amount() == null && r.exemption() == null) {
			problems.add(new FieldProblem("amount", "required", "validation.fees.amount.required"));
		}
		if (!USE_AMOUNT.contains(r.kind()) && r.amount() != null) {
			problems.add(new FieldProblem("amount", "unused", "validation.fees.amount.unused"));
		}
		if (r.kind() != CaseKind.DIVORCE && r.divorceProperty() != null) {
			problems.add(new FieldProblem("divorceProperty", "unused", "validation.fees.divorce-property.unused"));
		}
		if (r.kind() != CaseKind.PERSONALITY_RIGHTS && r.damages() != null) {
			problems.add(new FieldProblem("damages", "unused", "validation.fees.damages.unused"));
		}
		if (r.exemption() != null && r.kind().category() != FeeCategory.CASE_ACCEPTANCE) {
			problems.add(new FieldProblem("exemption", "not-applicable", "validation.fees.exemption.not-applicable"));
		}
		if (r.mediation() && r.withdrawal()) {
			problems.add(new FieldProblem("withdrawal", "conflict", "validation.fees.withdrawal.with-mediation"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail", problems);
		}
	}
}
