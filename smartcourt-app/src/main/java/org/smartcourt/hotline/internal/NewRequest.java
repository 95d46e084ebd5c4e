package org.smartcourt.hotline.internal;

import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;

/**
 * A request as received. For {@link Intake#ONLINE} the caller is the signed-in account and the caller fields may be
 * empty; on the phone and at the hall the agent records them.
 *
 * @param courtId the court asked to answer when no case is named (the agent's own court by default), or
 *        {@literal null}.
 * @param caseNumber the 案号, required for 案件信息查询 and 联系法官.
 * @param callerIdNumber the caller's 身份证号 (or a lawyer's 执业证号), used for the identity check and stored only
 *        masked.
 */
public record NewRequest(RequestKind kind, Intake intake, String courtId, String caseNumber, String callerName,
		String callerPhone, String callerIdNumber, String subject, String content) {
}
