package org.smartcourt.cases.web.clock;

/** 审批: for an approval the length granted (omitted: as requested) and a note; for a refusal the reason. */
record DecisionBody(Integer length, String note) {
}
