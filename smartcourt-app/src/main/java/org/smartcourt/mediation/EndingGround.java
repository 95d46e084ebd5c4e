package org.smartcourt.mediation;

/** 在线调解程序终结的情形: 《人民法院在线调解规则》 art. 25 items (二)–(八); item (一) is an effective agreement. */
public enum EndingGround {
	/** (二) 当事人自行和解，撤回调解申请. */
	SETTLED_PRIVATELY("第二十五条第（二）项"),
	/** (三) 在调解期限内无法联系到当事人. */
	UNREACHABLE("第二十五条第（三）项"),
	/** (四) 当事人一方明确表示不愿意继续调解. */
	PARTY_UNWILLING("第二十五条第（四）项"),
	/** (五) 当事人分歧较大且难以达成调解协议. */
	IRRECONCILABLE("第二十五条第（五）项"),
	/** (六) 调解期限届满，未达成调解协议，且各方当事人未达成延长调解期限的合意. */
	PERIOD_EXPIRED("第二十五条第（六）项"),
	/** (七) 当事人一方拒绝在调解协议上签章. */
	REFUSED_TO_SIGN("第二十五条第（七）项"),
	/** (八) 其他导致调解无法进行的情形. */
	OTHER("第二十五条第（八）项");

	private final String article;

	EndingGround(String article) {
		this.article = article;
	}

	/** 《人民法院在线调解规则》第二十五条第（x）项. */
	public String citation() {
		return "《人民法院在线调解规则》" + article;
	}

	public String labelKey() {
		return "mediation.ground." + name();
	}
}
