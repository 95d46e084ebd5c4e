package org.smartcourt.accounts;

import org.smartcourt.shared.Role;

/** Who registers themselves: 自然人当事人, 律师, or 法人/非法人组织的代表 (acting for an organization). */
public enum PartyKind {
	/** 自然人当事人. */
	NATURAL_PERSON(Role.LITIGANT),
	/** 律师: needs 律师执业证号 and 律师事务所. */
	LAWYER(Role.LAWYER),
	/** 法人或非法人组织的法定代表人/负责人: needs the organization's name and 统一社会信用代码. */
	ORGANIZATION_REPRESENTATIVE(Role.LITIGANT);

	private final Role role;

	PartyKind(Role role) {
		this.role = role;
	}

	/** The role the registered account gets. */
	public Role role() {
		return role;
	}

	public String labelKey() {
		return "register.kind." + name();
	}
}
