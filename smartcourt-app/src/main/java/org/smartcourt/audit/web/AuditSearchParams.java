package org.smartcourt.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.smartcourt.audit.AuditFilter;
import org.smartcourt.audit.AuditOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** Query parameters of the audit search (page and API alike); dates are court-local calendar days, inclusive. */
record AuditSearchParams(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String username, String action,
		String targetType, String targetId, AuditOutcome outcome, Integer page) {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	AuditFilter toFilter() {
		return new AuditFilter(from == null ? null : from.atStartOfDay(COURT_ZONE).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(COURT_ZONE).toInstant(), username, action, targetType,
				targetId, outcome, page == null ? 0 : page);
	}
}
