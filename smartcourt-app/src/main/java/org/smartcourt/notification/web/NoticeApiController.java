package org.smartcourt.notification.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.notification.Notices;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own inbox over the API; another person's notice answers 404. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "消息通知 Notices", description = "本人的站内消息，最新在前")
class NoticeApiController {

	private final Notices notices;

	NoticeApiController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping
	@Operation(summary = "本人的消息（最新在前）及未读数")
	NoticeListResponse list(@RequestParam(defaultValue = "50") int limit) {
		UserId me = CurrentActor.require().id();
		return new NoticeListResponse(notices.unreadCount(me),
				notices.latest(me, limit).stream().map(NoticeResponse::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看一条消息")
	NoticeResponse one(@PathVariable UUID id) {
		return NoticeResponse.of(notices.get(CurrentActor.require().id(), id));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "标为已读")
	NoticeResponse markRead(@PathVariable UUID id) {
		UserId me = CurrentActor.require().id();
		notices.markRead(me, id);
		return NoticeResponse.of(notices.get(me, id));
	}

	@PostMapping("/read")
	@Operation(summary = "全部标为已读")
	MarkedResponse markAllRead() {
		return new MarkedResponse(notices.markAllRead(CurrentActor.require().id()));
	}
}
