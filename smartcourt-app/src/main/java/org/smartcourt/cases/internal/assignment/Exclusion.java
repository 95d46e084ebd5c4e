package org.smartcourt.cases.internal.assignment;

import java.util.UUID;

/** A person left out of a draw (请假、回避…), with the reason in Chinese; court-only. */
public record Exclusion(UUID staffId, String name, String reason) {
}
