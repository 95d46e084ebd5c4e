package org.smartcourt.ledger.internal;

import org.smartcourt.ledger.LedgerRecord;

/** A record being integrated: the index it gets, its canonical leaf bytes and leaf hash. */
record NewEntry(long seq, LedgerRecord record, byte[] leaf, byte[] leafHash) {
}
