package org.smartcourt.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageFailed;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.QuietHours;
import org.smartcourt.notification.Recipient;
import org.smartcourt.notification.internal.ContactRepository.Contact;
import org.smartcourt.notification.internal.TemplateText.Rendered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Notifications} as an outbox: in the caller's transaction one message row (its delivery key unique, so the
 * same key queues nothing twice, also under concurrency) rendered from the current template, and one delivery row
 * per channel. In-app messages go into the inbox at once, in that same transaction, and are reported delivered
 * there; the other channels wait for the {@link SenderNode}, which is woken after commit. A channel without an
 * address is dead-lettered at once with the reason, so the caller's trail shows it.
 */
@Service
class OutboxNotifications implements Notifications {

	static final String STATUS_QUEUED = "QUEUED";

	private final OutboxRepository outbox;
	private final TemplateSeeds templates;
	private final ContactRepository contacts;
	private final PreferenceRepository preferences;
	private final ChannelPolicy policy;
	private final NoticeRepository notices;
	private final SenderNode sender;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String baseUrl;

	OutboxNotifications(OutboxRepository outbox, TemplateSeeds templates, ContactRepository contacts,
			PreferenceRepository preferences, ChannelPolicy policy, NoticeRepository notices, SenderNode sender,
			ApplicationEventPublisher events, Clock clock,
			@Value("${smartcourt.notification.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.contacts = contacts;
		this.preferences = preferences;
		this.policy = policy;
		this.notices = notices;
		this.sender = sender;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	@Transactional
	public MessageId send(Message message) {
		Optional<UUID> earlier = outbox.messageIdOf(message.deliveryKey());
		if (earlier.isPresent()) {
			return new MessageId(earlier.get());
		}
		if (message.link() != null && !JdbcInbox.isApplicationPath(message.link())) {
			throw new IllegalArgumentException("a message link must be an application path: " + message.link());
		}
		StoredTemplate template = templates.current(message.template())
			.orElseThrow(() -> new IllegalArgumentException("unknown notification template " + message.template()));
		Recipient to = message.to();
		Contact contact = to.user() == null ? Contact.NONE : contacts.of(to.user());
		String mobile = to.mobile() != null ? to.mobile() : contact.mobile();
		String email = to.email() != null ? to.email() : contact.email();
		String link = message.link() == null ? null : baseUrl + message.link();
		Rendered rendered = template.text().render(message.values(), link);
		Category category = template.text().category();
		Instant now = clock.instant();
		QueuedMessage queued = new QueuedMessage(UUID.randomUUID(), message.deliveryKey(), message.template(),
				template.version(), category, to.user() == null ? null : to.user().value(), mobile, email, to.robot(),
				contact.dingtalkUserId(), rendered.title(), rendered.sms(), rendered.body(), message.link(), now);
		if (!outbox.insertMessage(queued)) {
			// another transaction queued the same key and committed while we rendered
			return new MessageId(outbox.messageIdOf(message.deliveryKey()).orElseThrow());
		}
		Set<Channel> channels = !message.channels().isEmpty() ? message.channels()
				: to.user() != null ? policy.forUser(to.user(), category, mobile != null)
						: ChannelPolicy.forAddresses(mobile, email, to.robot());
		Instant due = category.isUrgent() || to.user() == null ? now
				: preferences.quietHours(to.user()).map(q -> q.releaseOf(now)).orElse(now);
		boolean queuedAny = false;
		for (Channel channel : EnumSet.copyOf(channels.isEmpty() ? EnumSet.of(Channel.IN_APP) : channels)) {
			queuedAny |= queue(queued, channel, due, now);
		}
		if (queuedAny) {
			wakeSenderAfterCommit();
		}
		return new MessageId(queued.id());
	}

	/** @return whether the delivery waits for the sender. */
	private boolean queue(QueuedMessage m, Channel channel, Instant due, Instant now) {
		UUID delivery = UUID.randomUUID();
		MessageId id = new MessageId(m.id());
		String missing = missingAddress(channel, m);
		if (missing != null) {
			outbox.insertDelivery(delivery, m.id(), channel, "DEAD", now, missing, now);
			events.publishEvent(new MessageFailed(id, m.deliveryKey(), channel, now, missing, true));
			return false;
		}
		if (channel == Channel.IN_APP) {
			notices.insert(delivery, new org.smartcourt.shared.UserId(m.userId()), m.title(),
					m.body().length() > JdbcInbox.MAX_BODY ? m.body().substring(0, JdbcInbox.MAX_BODY - 1) + "…"
							: m.body(),
					m.link(), now, delivery);
			outbox.insertDelivery(delivery, m.id(), channel, "SENT", now, null, now);
			events.publishEvent(new MessageDelivered(id, m.deliveryKey(), channel, now, delivery.toString()));
			return false;
		}
		outbox.insertDelivery(delivery, m.id(), channel, STATUS_QUEUED, due, null, now);
		return true;
	}

	/** Why a channel cannot reach the message's recipient, or {@literal null} when it can. */
	static String missingAddress(Channel channel, QueuedMessage m) {
		return switch (channel) {
			case IN_APP -> m.userId() == null ? "收件人没有平台账号，无法发送站内消息" : null;
			case SMS -> m.mobile() == null ? "没有手机号码" : null;
			case EMAIL -> m.email() == null ? "没有电子邮箱地址" : null;
			case DINGTALK_ROBOT -> m.robot() == null ? "没有指定钉钉群机器人" : null;
			case DINGTALK_WORK -> m.dingtalkUserId() == null ? "没有钉钉用户ID" : null;
		};
	}

	private void wakeSenderAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.nudge();
				}
			});
		}
	}
}
