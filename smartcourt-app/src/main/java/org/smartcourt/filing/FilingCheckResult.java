package org.smartcourt.filing;

import java.util.List;

import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 预检: what is wrong or missing before submission (field by field), the materials checklist, where the law
 * suggests jurisdiction lies, and the court fee the filer will be asked to pay.
 */
public record FilingCheckResult(List<FieldProblem> problems, List<ChecklistItem> checklist,
		List<JurisdictionHint> jurisdictionHints, FeeEstimate fee) {

	public FilingCheckResult {
		problems = List.copyOf(problems);
		checklist = List.copyOf(checklist);
		jurisdictionHints = List.copyOf(jurisdictionHints);
	}

	/** Whether the application may be submitted: no problems and every required material present. */
	public boolean submittable() {
		return problems.isEmpty() && checklist.stream().allMatch(item -> !item.required() || item.present());
	}

	/** One material the court expects for this kind of filing. */
	public record ChecklistItem(String labelKey, AttachmentKind kind, boolean required, boolean present) {
	}

	/** Where the rule of jurisdiction points, with the article; a hint, not a decision. */
	public record JurisdictionHint(String courtId, String courtName, String basis, String citation,
			boolean matchesTarget) {
	}

	/** The fee as computed, with its derivation lines for display; {@literal null} when it cannot be computed yet. */
	public record FeeEstimate(long totalFen, String total, List<String> derivation) {
	}
}
