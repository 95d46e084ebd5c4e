package org.smartcourt.notification.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.notification.NotificationOutbox;
import org.smartcourt.notification.OutboxEntry;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notification outbox over the API, for the IT admin: entries by status and 重新发送. */
@RestController
@RequestMapping("/api/v1/admin/notification-outbox")
@PreAuthorize("hasRole('IT_ADMIN')")
@Tag(name = "发件队列 Notification outbox", description = "待发送、重试中和已放弃的通知，及重新发送")
class OutboxAdminApiController {

	private final NotificationOutbox outbox;

	OutboxAdminApiController(NotificationOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	@Operation(summary = "发送记录（默认：未发送的 QUEUED、FAILED、DEAD）")
	List<OutboxEntry> entries(@RequestParam(required = false) List<String> status,
			@RequestParam(defaultValue = "100") int limit) {
		return outbox.entries(status, limit);
	}

	@PostMapping("/{id}/requeue")
	@Operation(summary = "重新发送一条失败或已放弃的记录")
	ResponseEntity<Void> requeue(@PathVariable UUID id) {
		outbox.requeue(CurrentActor.require(), id);
		return ResponseEntity.accepted().build();
	}
}
