package org.smartcourt.bench.data;

import java.util.List;
import java.util.SplittableRandom;

import org.smartcourt.cases.Procedure;

/**
 * A kind of case the generator produces: its 案件类型代码 and 类型代字, the department that handles it, and the
 * distributions of its procedure, duration (log-normal, in days) and closing method (codes of
 * reference/cases/closing-methods.csv; none for kinds that module cannot close).
 */
enum CaseKind {

	CIVIL_FIRST("0301", "民初", "民事审判第一庭", "一审民事", true),
	CIVIL_SECOND("0302", "民终", "民事审判第一庭", "二审民事", true),
	CIVIL_RETRIAL_REVIEW("0305", "民申", "审判监督庭", "民事", false),
	CRIMINAL_FIRST("0201", "刑初", "刑事审判庭", "刑事", true),
	CRIMINAL_SECOND("0202", "刑终", "刑事审判庭", "刑事", true),
	ADMINISTRATIVE_FIRST("0401", "行初", "行政审判庭", "行政", true),
	ADMINISTRATIVE_SECOND("0402", "行终", "行政审判庭", "行政", true),
	ENFORCEMENT("1002", "执", "执行局", "执行", false),
	PRESERVATION_REVIEW("0901", "财保", "立案庭", "民事", false),
	PRESERVATION_ENFORCEMENT("1004", "执保", "执行局", "执行", false),
	PRE_SUIT_MEDIATION("9901", "民诉前调", "立案庭", "民事", false);

	final String category;
	final String typeCode;
	final String department;
	final String documentPrefix;
	final boolean heard;

	CaseKind(String category, String typeCode, String department, String documentPrefix, boolean heard) {
		this.category = category;
		this.typeCode = typeCode;
		this.department = department;
		this.documentPrefix = documentPrefix;
		this.heard = heard;
	}

	boolean appeal() {
		return this == CIVIL_SECOND || this == CRIMINAL_SECOND || this == ADMINISTRATIVE_SECOND;
	}

	boolean civil() {
		return category.startsWith("03") || this == PRE_SUIT_MEDIATION || this == PRESERVATION_REVIEW;
	}

	boolean criminal() {
		return category.startsWith("02");
	}

	/** The 庭室 at a court of this level: the high court names its criminal division 刑事审判第一庭. */
	String departmentAt(Court court) {
		if (criminal() && court.high()) {
			return "刑事审判第一庭";
		}
		if (this == CIVIL_SECOND && court.intermediate()) {
			return "民事审判第二庭";
		}
		return department;
	}

	Procedure procedure(SplittableRandom r) {
		int p = r.nextInt(100);
		return switch (this) {
			case CIVIL_FIRST -> p < 58 ? Procedure.SIMPLIFIED : p < 73 ? Procedure.SMALL_CLAIMS : Procedure.ORDINARY;
			case CRIMINAL_FIRST -> p < 25 ? Procedure.EXPEDITED : p < 70 ? Procedure.SIMPLIFIED : Procedure.ORDINARY;
			case ADMINISTRATIVE_FIRST -> p < 30 ? Procedure.SIMPLIFIED : Procedure.ORDINARY;
			case CIVIL_SECOND, CRIMINAL_SECOND, ADMINISTRATIVE_SECOND -> Procedure.SECOND_INSTANCE;
			case CIVIL_RETRIAL_REVIEW -> Procedure.RETRIAL;
			case ENFORCEMENT, PRESERVATION_ENFORCEMENT -> Procedure.ENFORCEMENT;
			case PRESERVATION_REVIEW, PRE_SUIT_MEDIATION -> Procedure.OTHER;
		};
	}

	/** Days from 立案 to 结案 (before any excluded period), log-normal around a median typical of the procedure. */
	int duration(SplittableRandom r, Procedure procedure) {
		double median;
		double sigma = 0.55;
		switch (this) {
			case CIVIL_FIRST -> median = procedure == Procedure.SMALL_CLAIMS ? 32
					: procedure == Procedure.SIMPLIFIED ? 48 : 105;
			case CIVIL_SECOND -> median = 62;
			case CIVIL_RETRIAL_REVIEW -> median = 80;
			case CRIMINAL_FIRST -> {
				median = procedure == Procedure.EXPEDITED ? 7 : procedure == Procedure.SIMPLIFIED ? 14 : 45;
				sigma = 0.4;
			}
			case CRIMINAL_SECOND -> median = 40;
			case ADMINISTRATIVE_FIRST -> median = procedure == Procedure.SIMPLIFIED ? 30 : 95;
			case ADMINISTRATIVE_SECOND -> median = 60;
			case ENFORCEMENT -> {
				median = 95;
				sigma = 0.7;
			}
			case PRESERVATION_REVIEW, PRESERVATION_ENFORCEMENT -> {
				median = 4;
				sigma = 0.4;
			}
			default -> median = 20;
		}
		return Math.max(1, (int) Math.round(Seeds.logNormal(r, median, sigma)));
	}

	/** A closing method code, or null for kinds the closing module does not close. */
	String closingMethod(SplittableRandom r) {
		int p = r.nextInt(100);
		return switch (this) {
			case CIVIL_FIRST -> p < 45 ? "JUDGMENT" : p < 70 ? "MEDIATION" : p < 91 ? "WITHDRAWAL_PERMITTED"
					: p < 95 ? "DEEMED_WITHDRAWN" : p < 99 ? "DISMISS_SUIT" : "TRANSFER";
			case CIVIL_SECOND -> p < 70 ? "APPEAL_DISMISSED_UPHELD" : p < 82 ? "REVISED" : p < 87 ? "REMANDED"
					: p < 95 ? "WITHDRAWAL_PERMITTED" : "MEDIATION";
			case CRIMINAL_FIRST -> p < 98 ? "JUDGMENT" : "TRANSFER";
			case CRIMINAL_SECOND -> p < 85 ? "APPEAL_DISMISSED_UPHELD" : p < 95 ? "REVISED" : "REMANDED";
			case ADMINISTRATIVE_FIRST -> p < 55 ? "JUDGMENT" : p < 75 ? "DISMISS_SUIT" : "WITHDRAWAL_PERMITTED";
			case ADMINISTRATIVE_SECOND -> p < 80 ? "APPEAL_DISMISSED_UPHELD" : p < 90 ? "REVISED"
					: "WITHDRAWAL_PERMITTED";
			case CIVIL_RETRIAL_REVIEW -> "RETRIAL_PETITION_DISMISSED";
			case ENFORCEMENT -> p < 45 ? "ENFORCEMENT_COMPLETED" : p < 90 ? "ENFORCEMENT_ROUND_ENDED"
					: "ENFORCEMENT_TERMINATED";
			default -> null;
		};
	}

	/** The kinds a court of this level receives, with weights in percent (appeals are added separately). */
	static List<Weighted> mix(Court court) {
		if (court.basic()) {
			return List.of(new Weighted(CIVIL_FIRST, 54), new Weighted(PRE_SUIT_MEDIATION, 4),
					new Weighted(CRIMINAL_FIRST, 12), new Weighted(ADMINISTRATIVE_FIRST, 2.5),
					new Weighted(ENFORCEMENT, 24.5), new Weighted(PRESERVATION_REVIEW, 1),
					new Weighted(PRESERVATION_ENFORCEMENT, 2));
		}
		if (court.intermediate()) {
			return List.of(new Weighted(CIVIL_SECOND, 48), new Weighted(CRIMINAL_SECOND, 8),
					new Weighted(ADMINISTRATIVE_SECOND, 5), new Weighted(CIVIL_FIRST, 17),
					new Weighted(CRIMINAL_FIRST, 4), new Weighted(ADMINISTRATIVE_FIRST, 3),
					new Weighted(ENFORCEMENT, 15));
		}
		return List.of(new Weighted(CIVIL_SECOND, 55), new Weighted(CRIMINAL_SECOND, 10),
				new Weighted(ADMINISTRATIVE_SECOND, 10), new Weighted(CIVIL_FIRST, 5),
				new Weighted(CIVIL_RETRIAL_REVIEW, 20));
	}

	static CaseKind pick(SplittableRandom r, List<Weighted> mix) {
		double total = mix.stream().mapToDouble(Weighted::weight).sum();
		double x = r.nextDouble() * total;
		for (Weighted w : mix) {
			x -= w.weight();
			if (x < 0) {
				return w.kind();
			}
		}
		return mix.get(mix.size() - 1).kind();
	}

	/** The first-instance kind an appeal of this kind comes from. */
	CaseKind firstInstance() {
		return switch (this) {
			case CIVIL_SECOND -> CIVIL_FIRST;
			case CRIMINAL_SECOND -> CRIMINAL_FIRST;
			case ADMINISTRATIVE_SECOND -> ADMINISTRATIVE_FIRST;
			default -> throw new IllegalStateException(name() + " is no appeal");
		};
	}

	record Weighted(CaseKind kind, double weight) {
	}
}
