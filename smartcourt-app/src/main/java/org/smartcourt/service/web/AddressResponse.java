package org.smartcourt.service.web;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.service.internal.ServiceAddress;

/** One version of a 送达地址确认书. */
record AddressResponse(UUID id, int partySeq, String form, String platformAccount, String mobile, String email,
		String postalAddress, boolean consent, String basis, boolean coversDecisions, String evidence,
		String scanSha256, String recordedBy, Instant recordedAt) {

	static AddressResponse of(ServiceAddress a) {
		return new AddressResponse(a.id(), a.partySeq(), a.form().name(), a.platformAccount(), a.mobile(), a.email(),
				a.postalAddress(), a.consented(), a.basis() == null ? null : a.basis().name(), a.coversDecisions(),
				a.evidence(), a.scanSha256(), a.recordedBy(), a.recordedAt());
	}
}
