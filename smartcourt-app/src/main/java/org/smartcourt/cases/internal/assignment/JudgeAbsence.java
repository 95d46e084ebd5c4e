package org.smartcourt.cases.internal.assignment;

import java.time.LocalDate;
import java.util.UUID;

/** A judge's absence (请假、培训、借调…) from {@code from} to {@code to} inclusive; no random assignment then. */
public record JudgeAbsence(UUID id, String court, UUID staffId, String staffName, LocalDate from, LocalDate to,
		String reason, String recordedBy, boolean withdrawn) {
}
