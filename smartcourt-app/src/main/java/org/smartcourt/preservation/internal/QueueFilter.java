package org.smartcourt.preservation.internal;

/** The court queue's filters. */
public enum QueueFilter {

	/** 待裁定 (including 待提供担保). */
	PENDING("a.status in ('SUBMITTED', 'AWAITING_SECURITY')"),
	/** 待执行. */
	TO_ENFORCE("a.status = 'GRANTED'"),
	/** 即将到期: a measure in force expires within 30 days. */
	EXPIRING("exists (select 1 from preservation_measure m where m.application_id = a.id and m.status = 'ACTIVE' "
			+ "and m.expiry_date <= cast(? as date) + 30)"),
	/** 已失效: a measure lapsed. */
	LAPSED("exists (select 1 from preservation_measure m where m.application_id = a.id and m.status = 'LAPSED')"),
	/** 待解除: pre-suit, no suit within 30 days of the measure (民诉法第一百零四条第三款). */
	TO_LIFT("a.kind = 'PRE_SUIT' and a.converted_on is null and exists (select 1 from preservation_measure m "
			+ "where m.application_id = a.id and m.status = 'ACTIVE' and m.suit_deadline < cast(? as date))"),
	/** 全部. */
	ALL("true");

	private final String condition;

	QueueFilter(String condition) {
		this.condition = condition;
	}

	String condition() {
		return condition;
	}

	boolean needsToday() {
		return condition.contains("?");
	}

	public String labelKey() {
		return "preservation.filter." + name();
	}
}
