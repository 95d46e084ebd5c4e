package org.smartcourt.casefile.internal.documents;

import java.time.Instant;

/**
 * One version of a 文书模板: Markdown with Thymeleaf TEXT-mode expressions. Versions are never changed; an edit is a
 * new version, and drafts name the version they were made from.
 */
public record DocumentTemplate(TemplateCode code, int version, String title, String body, Instant createdAt,
		String createdBy, boolean active) {
}
