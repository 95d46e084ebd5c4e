package org.smartcourt.service.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.notification.Channel;
import org.smartcourt.service.internal.ConsentBasis;
import org.smartcourt.service.internal.ServiceMethod;

/** The bodies of the service API's commands. */
final class ServiceRequests {

	private ServiceRequests() {
	}

	/** 电子送达 of a document on parties by channels. */
	record Serve(UUID documentId, List<Integer> recipients, Set<Channel> channels) {
	}

	/** Another method; see {@code OtherServiceCommand}. */
	record Other(UUID documentId, Integer partySeq, ServiceMethod method, String reference, LocalDate handedOverOn,
			LocalDate eventOn, String witness, Boolean abroad) {
	}

	/** The return receipt's or signature's date, later. */
	record Completion(LocalDate eventOn) {
	}

	/** The arrival date the recipient proved, and how. */
	record ProvenDate(LocalDate provenOn, String reason) {
	}

	/** A 送达地址确认书. */
	record Address(String mobile, String email, String postalAddress, Boolean consent, Boolean coversDecisions,
			ConsentBasis basis, String evidence) {
	}
}
