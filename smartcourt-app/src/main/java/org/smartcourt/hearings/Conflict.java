package org.smartcourt.hearings;

import java.time.LocalDateTime;

/** Someone or something already taken at that time: 「第一法庭」 or 「沈法官」, by which case's hearing. */
public record Conflict(String resource, String caseNumber, LocalDateTime start, LocalDateTime end) {
}
