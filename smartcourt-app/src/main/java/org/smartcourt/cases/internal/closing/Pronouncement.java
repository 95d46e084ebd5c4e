package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;
import java.util.UUID;

/** 宣判 (judgment) or 宣告 (ruling) of a decision document. */
public record Pronouncement(UUID documentId, LocalDate pronouncedOn, PronouncementMode mode) {
}
