package org.smartcourt.casefile.web.documents;

/** The bodies of the draft commands. */
final class DraftRequests {

	private DraftRequests() {
	}

	/**
	 * @param template the template's code, e.g. {@code summons}.
	 * @param addresseeSeq the party's seq in the case, for documents addressed to one party.
	 */
	record Create(String template, Integer addresseeSeq) {
	}

	/** @param version the draft's version as read. */
	record Edit(Integer version, String body) {
	}

	/**
	 * @param seal press the court's 院印 (审判人员 of the team only).
	 * @param deliver serve it on the addressee's platform account (电子送达).
	 */
	record Issue(Integer version, Boolean seal, Boolean deliver) {

		boolean sealed() {
			return Boolean.TRUE.equals(seal);
		}

		boolean delivered() {
			return Boolean.TRUE.equals(deliver);
		}
	}

	static int version(Integer version) {
		return version == null ? -1 : version;
	}
}
