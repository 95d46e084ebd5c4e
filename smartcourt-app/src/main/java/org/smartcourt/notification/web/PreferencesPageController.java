package org.smartcourt.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.notification.NotificationPreferences;
import org.smartcourt.notification.NotificationSettings;
import org.smartcourt.notification.QuietHours;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知设置: the signed-in person's channels per category (mandatory ones shown fixed, with the reason), quiet hours
 * and addresses; staff also give their DingTalk user id.
 */
@Controller
class PreferencesPageController {

	private final NotificationPreferences preferences;
	private final MessageSource messages;

	PreferencesPageController(NotificationPreferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/notices/preferences")
	String page(Model model) {
		Actor me = CurrentActor.require();
		NotificationSettings settings = preferences.of(me.id());
		QuietHours quiet = settings.quietHours();
		fill(model, me, settings, quiet == null ? "" : quiet.start().toString(),
				quiet == null ? "" : quiet.end().toString(), settings.mobile(), settings.email(),
				settings.dingtalkUserId());
		model.addAttribute("errors", Map.of());
		return "notices/preferences";
	}

	@PostMapping("/notices/preferences")
	String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Actor me = CurrentActor.require();
		PreferencesForm form = PreferencesForm.of(params);
		try {
			QuietHours quiet = new QuietHoursInput(form.quietStart(), form.quietEnd()).parse();
			preferences.contact(me.id(), form.mobile(), form.email(),
					me.isStaff() ? form.dingtalkUserId() : preferences.of(me.id()).dingtalkUserId());
			preferences.quietHours(me.id(), quiet);
			form.channels().forEach((category, channels) -> preferences.choose(me.id(), category, channels));
		}
		catch (DomainException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.fieldProblems()
				.forEach(f -> errors.putIfAbsent(f.field(), messages.getMessage(f.messageKey(), f.args().toArray(),
						f.messageKey(), LocaleContextHolder.getLocale())));
			fill(model, me, preferences.of(me.id()), form.quietStart(), form.quietEnd(), form.mobile(), form.email(),
					form.dingtalkUserId());
			model.addAttribute("errors", errors);
			model.addAttribute("errorMessage",
					messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale()));
			return "notices/preferences";
		}
		redirect.addFlashAttribute("done", "preferences.saved");
		return "redirect:/notices/preferences";
	}

	private static void fill(Model model, Actor me, NotificationSettings settings, String quietStart, String quietEnd,
			String mobile, String email, String dingtalkUserId) {
		model.addAttribute("choices", settings.choices());
		model.addAttribute("channels", PreferencesApiController.CHANNELS);
		model.addAttribute("staff", me.isStaff());
		model.addAttribute("quietStart", quietStart);
		model.addAttribute("quietEnd", quietEnd);
		model.addAttribute("mobile", mobile);
		model.addAttribute("email", email);
		model.addAttribute("dingtalkUserId", dingtalkUserId);
	}
}
