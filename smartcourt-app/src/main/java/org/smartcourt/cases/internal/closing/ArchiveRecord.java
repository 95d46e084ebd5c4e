package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's 归档 record with its later correction notes.
 *
 * @param archiveNumber 归档号, see {@link ArchiveNumbers}.
 */
public record ArchiveRecord(String archiveNumber, LocalDate archivedOn, String archivedBy, List<String> notes) {

	public ArchiveRecord {
		notes = List.copyOf(notes);
	}
}
