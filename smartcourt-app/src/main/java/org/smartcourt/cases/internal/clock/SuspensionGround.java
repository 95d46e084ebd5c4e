package org.smartcourt.cases.internal.clock;

/** 中止诉讼的情形: 《民事诉讼法》第一百五十三条第一款 items (一) to (六). */
public enum SuspensionGround {
	/** （一）一方当事人死亡，需要等待继承人表明是否参加诉讼的. */
	PARTY_DIED,
	/** （二）一方当事人丧失诉讼行为能力，尚未确定法定代理人的. */
	PARTY_INCAPACITATED,
	/** （三）作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人的. */
	LEGAL_PERSON_ENDED,
	/** （四）一方当事人因不可抗拒的事由，不能参加诉讼的. */
	FORCE_MAJEURE,
	/** （五）本案必须以另一案的审理结果为依据，而另一案尚未审结的. */
	DEPENDS_ON_OTHER_CASE,
	/** （六）其他应当中止诉讼的情形. */
	OTHER;

	public String labelKey() {
		return "clock.suspension.ground." + name();
	}

	/** 「第（一）项」. */
	public String item() {
		return "第（" + "一二三四五六".charAt(ordinal()) + "）项";
	}
}
