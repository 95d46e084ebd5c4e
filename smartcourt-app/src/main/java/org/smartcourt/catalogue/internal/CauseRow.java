package org.smartcourt.catalogue.internal;

/** One checked row of the causes-of-action reference file. */
record CauseRow(String code, String name, int level, String parentCode, CauseConfidence confidence, String note) {
}
