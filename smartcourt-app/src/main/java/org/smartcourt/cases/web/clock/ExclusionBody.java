package org.smartcourt.cases.web.clock;

import java.time.LocalDate;

import org.smartcourt.cases.internal.clock.ExclusionKind;

/** 扣除审限的期间开始: kind, first excluded day, reason and article (omitted: the kind's own article). */
record ExclusionBody(ExclusionKind kind, LocalDate from, String reason, String citation) {
}
