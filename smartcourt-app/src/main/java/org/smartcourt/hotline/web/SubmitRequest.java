package org.smartcourt.hotline.web;

import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.internal.NewRequest;

/** A request to receive: online by a litigant or lawyer, or recorded by the desk from a call or at the hall. */
record SubmitRequest(RequestKind kind, Intake intake, String courtId, String caseNumber, String callerName,
		String callerPhone, String callerIdNumber, String subject, String content) {

	NewRequest command() {
		return new NewRequest(kind, intake, courtId, caseNumber, callerName, callerPhone, callerIdNumber, subject,
				content);
	}
}
