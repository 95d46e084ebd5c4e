package org.smartcourt.hotline.internal;

import java.time.Instant;

import org.smartcourt.hotline.RequestStatus;

/** One step of a request's trail (办理记录): the status after it, when, by whom, and a note. */
public record RequestStep(int seq, RequestStatus status, Instant at, String actor, String actorName, String note) {
}
