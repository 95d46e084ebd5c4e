package org.smartcourt.cases.internal.closing;

import java.util.EnumSet;
import java.util.Set;

/** 关联案件的关系. */
public enum LinkKind {
	/** 前审: from the 二审 case to the 一审 case (or 一审 to the case remanded). */
	EARLIER_INSTANCE,
	/** 再审: from the 再审/再审审查 case to the case it reviews. */
	RETRIAL_OF,
	/** 同一当事人的其他案件. */
	SAME_PARTIES,
	/** 其他关联. */
	RELATED;

	/** What parties see: the instances of their own dispute (the court sees every link). */
	public static final Set<LinkKind> SHOWN_TO_PARTIES = EnumSet.of(EARLIER_INSTANCE, RETRIAL_OF);

	public String labelKey() {
		return "closing.link.kind." + name();
	}
}
