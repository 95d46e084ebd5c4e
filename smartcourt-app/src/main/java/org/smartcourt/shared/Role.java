package org.smartcourt.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles people play in SmartCourt. Staff roles act within their court; {@link #LITIGANT} and {@link #LAWYER}
 * act only on their own cases, {@link #APPRAISAL_INSTITUTION} only on its entrustments. The slug is the demo username and the URL-friendly name.
 */
public enum Role {

	/** 当事人. */
	LITIGANT("litigant", false),
	/** 律师. */
	LAWYER("lawyer", false),
	/** 立案庭 filing clerk (立案法官/立案庭工作人员). */
	FILING_CLERK("filing-clerk", true),
	/** 法官. */
	JUDGE("judge", true),
	/** 法官助理. */
	ASSISTANT("assistant", true),
	/** 书记员. */
	CLERK("clerk", true),
	/** 庭长. */
	DIVISION_HEAD("division-head", true),
	/** 院长. */
	PRESIDENT("president", true),
	/** 调解员. */
	MEDIATOR("mediator", true),
	/** 12368 坐席. */
	HOTLINE("hotline", true),
	/** 司法技术 (appraisal manager). */
	APPRAISAL("appraisal", true),
	/** 技术处 IT admin. */
	IT_ADMIN("it-admin", true),
	/**
	 * 鉴定机构 (an appraisal institution on the court's roster): outside the court, it acts only on the entrustments
	 * (委托鉴定) sent to its institution.
	 */
	APPRAISAL_INSTITUTION("appraisal-institution", false);

	private final String slug;
	private final boolean staff;

	Role(String slug, boolean staff) {
		this.slug = slug;
		this.staff = staff;
	}

	public String slug() {
		return slug;
	}

	/** Whether holders of this role work for a court (and so act within that court's data scope). */
	public boolean isStaff() {
		return staff;
	}

	/** The Spring Security authority name, {@code ROLE_} plus the enum name. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message-bundle key of this role's Chinese name. */
	public String labelKey() {
		return "role." + slug;
	}

	public static Optional<Role> fromSlug(String slug) {
		return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
	}
}
