package org.smartcourt.cases.web.clock;

import org.smartcourt.deadlines.PeriodUnit;

/** 申请延长审限: how long ({@code unit} DAYS or MONTHS; omitted: the rule's unit) and why. */
record ExtensionRequestBody(Integer length, PeriodUnit unit, String reason) {
}
