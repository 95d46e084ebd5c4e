package org.smartcourt.hotline.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese names of kinds, statuses and channels for the API's responses. */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	String of(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}
}
