package org.smartcourt.service.internal;

/** How consent to 电子送达 arose: the four cases of 《人民法院在线诉讼规则》 art. 29 para. 2. */
public enum ConsentBasis {
	/** (一) 受送达人明确表示同意. */
	EXPRESS,
	/** (二) 诉讼前对适用电子送达已作出约定或者承诺. */
	PRE_DISPUTE_AGREEMENT,
	/** (三) 在起诉状、上诉状、申请书、答辩状中主动提供用于接收送达的电子地址. */
	ADDRESS_IN_PLEADING,
	/** (四) 通过回复收悉、参加诉讼等方式接受已经完成的电子送达，并且未明确表示不同意. */
	ACCEPTED_EARLIER_SERVICE;

	public String labelKey() {
		return "service.basis." + name();
	}
}
