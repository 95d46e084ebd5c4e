package org.smartcourt.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.audit.AuditLog;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Searching the audit log over the API (IT admins, within their court scope). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计 Audit")
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "查询审计日志（技术处管理员；本院及下级法院）")
	AuditLog.Page search(AuditSearchParams params) {
		return log.search(CurrentActor.require(), params.toFilter());
	}
}
