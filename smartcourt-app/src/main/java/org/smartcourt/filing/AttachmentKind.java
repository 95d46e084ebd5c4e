package org.smartcourt.filing;

/** What an attached file is, for the materials checklist. */
public enum AttachmentKind {
	/** 起诉状 / 自诉状. */
	COMPLAINT,
	/** 身份证明 (居民身份证, 营业执照 …). */
	IDENTITY,
	/** 证据材料. */
	EVIDENCE,
	/** 授权委托书. */
	AUTHORIZATION,
	/** 律师执业证. */
	LAWYER_LICENSE,
	/** 其他. */
	OTHER
}
