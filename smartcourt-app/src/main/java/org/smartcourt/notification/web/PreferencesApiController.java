package org.smartcourt.notification.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.NotificationPreferences;
import org.smartcourt.notification.NotificationSettings;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notification settings over the API. Changing a mandatory category answers 422
 * ({@code notification-category-mandatory}).
 */
@RestController
@RequestMapping("/api/v1/notices/preferences")
@Tag(name = "通知设置 Notification preferences", description = "本人的接收渠道、免打扰时段和联系方式")
class PreferencesApiController {

	/** The channels shown as columns, in this order. */
	static final List<Channel> CHANNELS = List.of(Channel.IN_APP, Channel.SMS, Channel.EMAIL, Channel.DINGTALK_WORK);

	/** The channels chosen for a category. */
	record ChannelsRequest(Set<Channel> channels) {
	}

	/** Quiet hours as HH:mm; both {@literal null} for none. */
	record QuietHoursRequest(String start, String end) {
	}

	/** The person's addresses; {@literal null} or empty removes one. */
	record ContactRequest(String mobile, String email, String dingtalkUserId) {
	}

	private final NotificationPreferences preferences;

	PreferencesApiController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(summary = "本人的通知设置")
	NotificationSettings get() {
		return preferences.of(CurrentActor.require().id());
	}

	@PutMapping("/categories/{category}")
	@Operation(summary = "设置一类通知的接收渠道（送达、开庭、账户安全类不可更改）")
	NotificationSettings choose(@PathVariable Category category, @RequestBody ChannelsRequest request) {
		Actor me = CurrentActor.require();
		preferences.choose(me.id(), category, request.channels() == null ? Set.of() : request.channels());
		return preferences.of(me.id());
	}

	@PutMapping("/quiet-hours")
	@Operation(summary = "设置免打扰时段（北京时间，非紧急通知顺延至时段结束）")
	NotificationSettings quietHours(@RequestBody QuietHoursRequest request) {
		Actor me = CurrentActor.require();
		preferences.quietHours(me.id(), new QuietHoursInput(request.start(), request.end()).parse());
		return preferences.of(me.id());
	}

	@PutMapping("/contact")
	@Operation(summary = "设置手机号码、电子邮箱和钉钉用户ID（钉钉仅限法院工作人员）")
	NotificationSettings contact(@RequestBody ContactRequest request) {
		Actor me = CurrentActor.require();
		String dingtalk = me.isStaff() ? request.dingtalkUserId() : preferences.of(me.id()).dingtalkUserId();
		preferences.contact(me.id(), request.mobile(), request.email(), dingtalk);
		return preferences.of(me.id());
	}
}
