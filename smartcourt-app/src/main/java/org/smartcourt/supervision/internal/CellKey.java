package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * One cell of the statistics: a court, a measure, a month (its first day), a department (the nil uuid before 分案)
 * and a 类型代字. Ordered as the primary key, so that batches lock rows in one order and never deadlock.
 */
record CellKey(String courtId, String measure, LocalDate month, UUID departmentId, String typeCode)
		implements Comparable<CellKey> {

	static final UUID NO_DEPARTMENT = new UUID(0, 0);

	private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::courtId)
		.thenComparing(CellKey::measure)
		.thenComparing(CellKey::month)
		.thenComparing(CellKey::departmentId)
		.thenComparing(CellKey::typeCode);

	@Override
	public int compareTo(CellKey other) {
		return ORDER.compare(this, other);
	}
}
