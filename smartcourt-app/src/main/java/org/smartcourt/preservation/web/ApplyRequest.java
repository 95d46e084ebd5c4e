package org.smartcourt.preservation.web;

import java.util.List;

import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.SecurityKind;
import org.smartcourt.preservation.internal.NewApplication;

/**
 * The body of {@code POST /api/v1/preservation/applications}: the fields of 保全规定第一条; amounts in 元 as text;
 * flags may be left out (false).
 */
record ApplyRequest(PreservationKind kind, String courtId, String caseNumber, Boolean urgent, String urgentReason,
		String applicantName, String applicantIdNumber, String applicantAddress, String applicantContact,
		String respondentName, String respondentIdNumber, String respondentAddress, String respondentContact,
		String claim, String grounds, String amount, Boolean searchRequested, List<Property> properties,
		SecurityKind securityKind, String securityAmount, String securityProvider, String securityReference,
		NoSecurityGround noSecurityGround) {

	/** One object or lead. */
	record Property(PropertyKind kind, String description, String identifier, String estimatedValue, Boolean leadOnly) {
	}

	NewApplication command() {
		List<NewApplication.PropertyInput> inputs = properties == null ? List.of()
				: properties.stream()
					.map(p -> new NewApplication.PropertyInput(p.kind(), p.description(), p.identifier(), p.estimatedValue(),
							Boolean.TRUE.equals(p.leadOnly())))
					.toList();
		return new NewApplication(kind, courtId, caseNumber, Boolean.TRUE.equals(urgent), urgentReason, applicantName,
				applicantIdNumber, applicantAddress, applicantContact, respondentName, respondentIdNumber, respondentAddress,
				respondentContact, claim, grounds, amount, Boolean.TRUE.equals(searchRequested), inputs, securityKind,
				securityAmount, securityProvider, securityReference, noSecurityGround);
	}
}
