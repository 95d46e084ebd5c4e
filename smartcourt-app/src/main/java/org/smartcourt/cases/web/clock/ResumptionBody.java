package org.smartcourt.cases.web.clock;

import java.time.LocalDate;

/** 恢复诉讼 on {@code on} (omitted: today). */
record ResumptionBody(LocalDate on) {
}
