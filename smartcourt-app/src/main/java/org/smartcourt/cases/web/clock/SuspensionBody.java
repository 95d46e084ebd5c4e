package org.smartcourt.cases.web.clock;

import java.time.LocalDate;

import org.smartcourt.cases.internal.clock.SuspensionGround;

/** 中止诉讼: the ground of 民诉法 art. 153, the reason and the day (omitted: today). */
record SuspensionBody(SuspensionGround ground, String reason, LocalDate from) {
}
