package org.smartcourt.accounts.internal;

import org.smartcourt.accounts.AccountView;
import org.smartcourt.accounts.PartyKind;

/** A registered party account as its owner may see it: the ID number only masked. */
public record RegisteredParty(AccountView account, PartyKind kind, String realName, String idNumberMasked,
		String lawFirm, String organizationName, String organizationCreditCode) {

	static RegisteredParty of(AccountView account, PartyIdentity identity) {
		return new RegisteredParty(account, identity.kind(), identity.realName(), identity.idNumber().masked(),
				identity.lawFirm(), identity.organizationName(),
				identity.organizationCreditCode() == null ? null : identity.organizationCreditCode().value());
	}
}
