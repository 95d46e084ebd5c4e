package org.smartcourt.accounts.internal;

import java.time.Instant;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.PartyKind;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.accounts.UnifiedSocialCreditCode;
import org.smartcourt.shared.UserId;

/**
 * 实名信息 of a self-registered party account: who the person is (姓名, 公民身份号码), the mobile number they proved
 * they hold, and, for a lawyer, 律师执业证号 and 律师事务所, or, for an organization's representative, the
 * organization's name and 统一社会信用代码.
 */
record PartyIdentity(UserId user, PartyKind kind, String realName, ResidentIdNumber idNumber,
		String lawyerLicenseNumber, String lawFirm, String organizationName,
		UnifiedSocialCreditCode organizationCreditCode, MobileNumber verifiedMobile, Instant createdAt) {
}
