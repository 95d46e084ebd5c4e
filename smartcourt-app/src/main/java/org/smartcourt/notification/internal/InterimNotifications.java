package org.smartcourt.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Inbox;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim {@link Notifications} while the outbox is built: renders the template and puts in-app messages straight
 * into the inbox; every requested channel is reported delivered at once. Replaced by the outbox sender.
 */
@Service
class InterimNotifications implements Notifications {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private final Inbox inbox;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InterimNotifications(Inbox inbox, ApplicationEventPublisher events, Clock clock) {
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public MessageId send(Message message) {
		String text = template(message.template());
		String[] parts = text.split("\n---\n", 2);
		String title = header(parts[0], "title");
		String body = parts.length > 1 ? parts[1].strip() : title;
		MessageId id = new MessageId(UUID.randomUUID());
		if (message.to().user() != null
				&& (message.channels().isEmpty() || message.channels().contains(Channel.IN_APP))) {
			inbox.deliver(message.to().user(), fill(title, message.values()), fill(body, message.values()),
					message.link());
		}
		for (Channel channel : message.channels()) {
			events.publishEvent(new MessageDelivered(id, message.deliveryKey(), channel, clock.instant(), null));
		}
		return id;
	}

	private static String template(String code) {
		try (InputStream in = new ClassPathResource("reference/notification/templates/" + code + ".txt")
			.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException e) {
			throw new IllegalArgumentException("unknown notification template " + code, e);
		}
	}

	private static String header(String head, String name) {
		return head.lines()
			.filter(line -> line.startsWith(name + ":"))
			.map(line -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("template without " + name));
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no value for {" + m.group(1) + "}");
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return m.appendTail(out).toString();
	}
}
