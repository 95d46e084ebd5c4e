package org.smartcourt.casefile.internal.documents;

import java.util.Arrays;
import java.util.Optional;

import org.smartcourt.cases.Audience;

/**
 * The court documents (诉讼文书) the platform makes from templates. The code names the template file
 * ({@code reference/casefile/templates/<code>.md}); the text itself is data an administrator edits. What is fixed here
 * is what the rules decide: which kind of 诉讼文书 it is on the case, whether it is addressed to one party, and who may
 * read it once issued.
 */
public enum TemplateCode {

	/** 受理案件通知书 (民诉法 art. 126), to the plaintiff. */
	ACCEPTANCE_NOTICE("acceptance-notice", "NOTICE", true, Audience.PARTIES),
	/** 应诉通知书 (民诉法 art. 128), to the defendant with the complaint. */
	RESPONSE_NOTICE("response-notice", "NOTICE", true, Audience.PARTIES),
	/** 举证通知书 (民诉法 art. 68, 民诉解释 art. 99). */
	EVIDENCE_NOTICE("evidence-notice", "NOTICE", true, Audience.PARTIES),
	/** 传票 (民诉法 art. 139, 民诉解释 art. 227), to a party who must appear. */
	SUMMONS("summons", "SUMMONS", true, Audience.PARTIES),
	/** 出庭通知书 (民诉法 art. 139), to other participants (agents, witnesses). */
	APPEARANCE_NOTICE("appearance-notice", "NOTICE", true, Audience.PARTIES),
	/** 送达地址确认书 (民诉解释 art. 136; consent to 电子送达 is recorded in it). */
	SERVICE_ADDRESS("service-address", "OTHER", true, Audience.PARTIES),
	/** 送达回证 (民诉法 art. 87). */
	SERVICE_RECEIPT("service-receipt", "OTHER", true, Audience.PARTIES),
	/** 缴纳诉讼费用通知书 (诉讼费用交纳办法 art. 22). */
	FEE_NOTICE("fee-notice", "NOTICE", true, Audience.PARTIES),
	/** 不予受理裁定书 (民诉法 arts. 126, 157). */
	REJECTION_RULING("rejection-ruling", "RULING", false, Audience.PARTIES),
	/** 民事判决书 (民诉法 art. 155). */
	JUDGMENT("judgment", "JUDGMENT", false, Audience.PARTIES),
	/** 民事调解书 (民诉法 art. 100). */
	MEDIATION_STATEMENT("mediation-statement", "MEDIATION_STATEMENT", false, Audience.PARTIES),
	/** 延长审限审批表 (民诉法 art. 152; 2019 规定第一条): internal, never shown to parties. */
	EXTENSION_APPROVAL("extension-approval", "OTHER", false, Audience.COURT);

	private final String slug;
	private final String documentKind;
	private final boolean addressed;
	private final Audience visibility;

	TemplateCode(String slug, String documentKind, boolean addressed, Audience visibility) {
		this.slug = slug;
		this.documentKind = documentKind;
		this.addressed = addressed;
		this.visibility = visibility;
	}

	/** The stable code in URLs, tables and file names, e.g. {@code summons}. */
	public String slug() {
		return slug;
	}

	/** The cases module's document kind name (SUMMONS, NOTICE, JUDGMENT …). */
	public String documentKind() {
		return documentKind;
	}

	/** Whether the document is addressed to one party (the 受送达人), who must be chosen for a draft. */
	public boolean addressed() {
		return addressed;
	}

	/** Who may read it once issued and served. */
	public Audience visibility() {
		return visibility;
	}

	public String labelKey() {
		return "casefile.documents.template." + slug;
	}

	public static Optional<TemplateCode> fromSlug(String slug) {
		return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
	}
}
