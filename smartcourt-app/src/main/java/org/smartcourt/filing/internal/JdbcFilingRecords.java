package org.smartcourt.filing.internal;

import java.util.Optional;

import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingRecords;
import org.springframework.stereotype.Component;

/** {@link FilingRecords} on the filing table. */
@Component
class JdbcFilingRecords implements FilingRecords {

	private final FilingRepository repository;

	JdbcFilingRecords(FilingRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<Filing> find(FilingId id) {
		return repository.find(id);
	}
}
