package org.smartcourt.hotline.web;

import org.smartcourt.hotline.Intake;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.hotline.internal.NewRequest;

/** The request form of the desk and of the portal, as typed. */
record RequestForm(RequestKind kind, Intake intake, String courtId, String caseNumber, String callerName,
		String callerPhone, String callerIdNumber, String subject, String content) {

	static RequestForm empty() {
		return new RequestForm(null, null, null, null, null, null, null, null, null);
	}

	NewRequest command() {
		return new NewRequest(kind, intake, courtId, caseNumber, callerName, callerPhone, callerIdNumber, subject,
				content);
	}
}
