package org.smartcourt.filing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A cross-domain filing with its trail, for the service report of the courts it passed through. */
public record CrossDomainCase(Filing filing, List<FilingEvent> trail) {

	/** When the cooperating court forwarded it (the first time it reached the court with jurisdiction). */
	public Optional<Instant> forwardedAt() {
		return trail.stream()
			.filter(e -> e.status() == FilingStatus.SUBMITTED)
			.map(FilingEvent::occurredAt)
			.findFirst();
	}
}
