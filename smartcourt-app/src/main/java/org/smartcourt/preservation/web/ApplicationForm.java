package org.smartcourt.preservation.web;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.SecurityKind;
import org.smartcourt.preservation.internal.NewApplication;

/** The portal's application form: the fields of 保全规定第一条 and up to two objects (rows 0 and 1). */
record ApplicationForm(PreservationKind kind, String courtId, String caseNumber, Boolean urgent, String urgentReason,
		String applicantName, String applicantIdNumber, String applicantAddress, String applicantContact,
		String respondentName, String respondentIdNumber, String respondentAddress, String respondentContact,
		String claim, String grounds, String amount, Boolean searchRequested, PropertyKind kind0, String description0,
		String identifier0, String value0, Boolean lead0, PropertyKind kind1, String description1, String identifier1,
		String value1, Boolean lead1, SecurityKind securityKind, String securityAmount, String securityProvider,
		String securityReference, NoSecurityGround noSecurityGround) {

	static ApplicationForm empty() {
		return new ApplicationForm(PreservationKind.PRE_SUIT, null, null, false, null, null, null, null, null, null, null,
				null, null, null, null, null, false, PropertyKind.DEPOSIT, null, null, null, false, null, null, null, null,
				false, null, null, null, null, null);
	}

	NewApplication command() {
		List<NewApplication.PropertyInput> properties = new ArrayList<>();
		properties.add(new NewApplication.PropertyInput(kind0, description0, identifier0, value0, Boolean.TRUE.equals(lead0)));
		properties.add(new NewApplication.PropertyInput(kind1, description1, identifier1, value1, Boolean.TRUE.equals(lead1)));
		return new NewApplication(kind, courtId, caseNumber, Boolean.TRUE.equals(urgent), urgentReason, applicantName, applicantIdNumber,
				applicantAddress, applicantContact, respondentName, respondentIdNumber, respondentAddress, respondentContact,
				claim, grounds, amount, Boolean.TRUE.equals(searchRequested), properties, securityKind, securityAmount, securityProvider,
				securityReference, noSecurityGround);
	}

	/** The form's name for an API field: {@code properties[1].estimatedValue} → {@code value1}. */
	static String formField(String field) {
		if (!field.startsWith("properties[")) {
			return field;
		}
		String index = field.substring("properties[".length(), field.indexOf(']'));
		String name = field.substring(field.indexOf("].") + 2);
		return ("estimatedValue".equals(name) ? "value" : name) + index;
	}
}
