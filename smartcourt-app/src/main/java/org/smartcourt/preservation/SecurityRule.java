package org.smartcourt.preservation;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.fees.Money;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 担保数额 under 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第五条 and 第九条, pure:
 * <ul>
 * <li>诉讼保全: the court may require security of at most 30% of the amount to preserve (第五条第一款); what is given must
 * reach what the court required;</li>
 * <li>诉前保全: security is always required (《民事诉讼法》第一百零四条第一款) and equals the amount (第五条第二款), unless the
 * court adjusts it in a special case with a recorded reason (情况特殊的，人民法院可以酌情处理);</li>
 * <li>the court may order more later (第五条第三款);</li>
 * <li>no security where a ground of 第九条 applies: in litigation the items of 第一款, after judgment before enforcement
 * 第二款.</li>
 * </ul>
 * Every problem names its article.
 */
public final class SecurityRule {

	/** 百分之三十 (第五条第一款). */
	static final long CEILING_PERCENT = 30;

	private SecurityRule() {
	}

	/** The highest security the court may require in litigation: 30% of the amount, rounded down to the fen. */
	public static Money litigationCeiling(Money amount) {
		return Money.ofFen(amount.fen() * CEILING_PERCENT / 100);
	}

	/** What the applicant must give when the application is made: the amount itself before suit, nothing otherwise. */
	public static Money requiredAtApplication(PreservationKind kind, Money amount) {
		return kind == PreservationKind.PRE_SUIT ? amount : Money.ZERO;
	}

	/**
	 * Checks an application's security or its ground for none.
	 *
	 * @param required what the court requires, or {@literal null} before it has set anything (then the rule's
	 *        default, {@link #requiredAtApplication}).
	 * @return the problems, one per field; empty when acceptable.
	 */
	public static List<FieldProblem> checkOffer(PreservationKind kind, Money amount, Security security,
			NoSecurityGround ground, Money required) {
		List<FieldProblem> problems = new ArrayList<>();
		Money due = required != null ? required : requiredAtApplication(kind, amount);
		if (kind == PreservationKind.PRE_SUIT && ground != null) {
			problems.add(new FieldProblem("noSecurityGround", "pre-suit-needs-security",
					"preservation.error.pre-suit-needs-security"));
		}
		if (ground == NoSecurityGround.AFTER_JUDGMENT && kind != PreservationKind.PRE_ENFORCEMENT) {
			problems.add(new FieldProblem("noSecurityGround", "not-after-judgment",
					"preservation.error.not-after-judgment"));
		}
		if (kind == PreservationKind.PRE_ENFORCEMENT && ground != null && ground != NoSecurityGround.AFTER_JUDGMENT) {
			problems.add(new FieldProblem("noSecurityGround", "after-judgment-only",
					"preservation.error.after-judgment-only"));
		}
		if (security == null) {
			if (kind == PreservationKind.PRE_SUIT) {
				problems.add(new FieldProblem("securityKind", "pre-suit-needs-security",
						"preservation.error.pre-suit-needs-security"));
			}
			else if (ground == null && kind == PreservationKind.IN_LITIGATION && due.isZero()) {
				problems.add(new FieldProblem("securityKind", "security-or-ground",
						"preservation.error.security-or-ground"));
			}
			else if (!due.isZero() && ground == null) {
				problems.add(new FieldProblem("securityAmount", "security-short", "preservation.error.security-short",
						List.of(due.toString(), "0.00")));
			}
			return problems;
		}
		if (security.amount() == null || security.amount().isZero()) {
			problems.add(new FieldProblem("securityAmount", "required", "preservation.error.security-amount-required"));
		}
		else if (security.amount().compareTo(due) < 0) {
			String key = kind == PreservationKind.PRE_SUIT && required == null ? "preservation.error.pre-suit-equal"
					: "preservation.error.security-short";
			problems.add(new FieldProblem("securityAmount", "security-short", key,
					List.of(due.toString(), security.amount().toString())));
		}
		if (!security.identified()) {
			problems.add(new FieldProblem("securityProvider", "security-unidentified",
					"preservation.error.security-unidentified." + security.kind().name()));
		}
		return problems;
	}

	/**
	 * Checks what the court requires.
	 *
	 * @param reason the court's reason, needed to depart from the amount before suit (第五条第二款 情况特殊的).
	 * @return the problems; empty when the court may require {@code required}.
	 */
	public static List<FieldProblem> checkRequirement(PreservationKind kind, Money amount, Money required,
			String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		switch (kind) {
			case IN_LITIGATION -> {
				Money ceiling = litigationCeiling(amount);
				if (required.compareTo(ceiling) > 0) {
					problems.add(new FieldProblem("requiredSecurity", "over-ceiling", "preservation.error.over-ceiling",
							List.of(ceiling.toString(), required.toString())));
				}
			}
			case PRE_SUIT -> {
				if (required.isZero()) {
					problems.add(new FieldProblem("requiredSecurity", "pre-suit-needs-security",
							"preservation.error.pre-suit-needs-security"));
				}
				else if (!required.equals(amount) && (reason == null || reason.isBlank())) {
					problems.add(new FieldProblem("reason", "adjust-reason", "preservation.error.adjust-reason",
							List.of(amount.toString())));
				}
			}
			case PRE_ENFORCEMENT -> {
				// 第九条第二款 allows none; a court that still requires some stays within the litigation ceiling
				Money ceiling = litigationCeiling(amount);
				if (required.compareTo(ceiling) > 0) {
					problems.add(new FieldProblem("requiredSecurity", "over-ceiling", "preservation.error.over-ceiling",
							List.of(ceiling.toString(), required.toString())));
				}
			}
		}
		return problems;
	}

	/**
	 * 追加担保 (第五条第三款): after the ruling the court may require more, never less, than it required before; no
	 * ceiling applies, the measure being the loss the respondent may suffer.
	 */
	public static List<FieldProblem> checkIncrease(Money before, Money after) {
		if (before != null && after.compareTo(before) <= 0) {
			return List.of(new FieldProblem("requiredSecurity", "not-more", "preservation.error.not-more",
					List.of(before.toString())));
		}
		return List.of();
	}
}
