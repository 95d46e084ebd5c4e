package org.smartcourt.ledger;

/** The position of an entry in the ledger (RFC 9162 leaf index, 0-based); stable forever once assigned. */
public record LedgerIndex(long value) {

	public LedgerIndex {
		if (value < 0) {
			throw new IllegalArgumentException("a ledger index is never negative: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
