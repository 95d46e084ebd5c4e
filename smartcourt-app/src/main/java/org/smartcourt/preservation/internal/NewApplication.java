package org.smartcourt.preservation.internal;

import java.util.List;

import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.SecurityKind;

/**
 * A 保全申请 as typed: the data of 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第一条第一款. Amounts are 元 as text, checked
 * by {@link PreservationApplications} with one field problem per mistake.
 *
 * @param courtId before suit: the court where the property is or that has jurisdiction (民诉法第一百零四条第一款).
 * @param caseNumber in litigation and before enforcement: the case it serves.
 */
public record NewApplication(PreservationKind kind, String courtId, String caseNumber, boolean urgent,
		String urgentReason, String applicantName, String applicantIdNumber, String applicantAddress,
		String applicantContact, String respondentName, String respondentIdNumber, String respondentAddress,
		String respondentContact, String claim, String grounds, String amount, boolean searchRequested,
		List<PropertyInput> properties, SecurityKind securityKind, String securityAmount, String securityProvider,
		String securityReference, NoSecurityGround noSecurityGround) {

	public NewApplication {
		properties = properties == null ? List.of() : List.copyOf(properties);
	}

	/** One object or lead as typed; {@code estimatedValue} in 元. */
	public record PropertyInput(PropertyKind kind, String description, String identifier, String estimatedValue,
			boolean leadOnly) {
	}
}
