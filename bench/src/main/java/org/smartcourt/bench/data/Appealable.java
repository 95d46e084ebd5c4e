package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A first-instance case decided by judgment at a lower court, which an appeal may link to (EARLIER_INSTANCE). */
record Appealable(UUID id, String caseNumber, CaseKind kind, LocalDate closedOn, String causeCode, String title,
		List<Party> parties) {

	/** A party or agent row of {@code case_party}. */
	record Party(int seq, boolean agent, String side, String partyType, String name, String idNumber,
			Integer represents, boolean lawyer, String licenseNumber) {
	}
}
