package org.smartcourt.cases.web.clock;

import java.time.LocalDate;

/** 扣除审限的期间结束: its last excluded day. */
record ExclusionEndBody(LocalDate to) {
}
