package org.smartcourt.ledger.web;

/** Where the anchored record is in the log, and the log's size when the answer was given. */
record AnchorResponse(long index, long size) {
}
