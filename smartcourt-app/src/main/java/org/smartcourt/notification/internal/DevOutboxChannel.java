package org.smartcourt.notification.internal;

import java.time.Clock;

import org.smartcourt.notification.Channel;

/**
 * Development channel ({@code mode: outbox}): nothing leaves the server; the delivery is kept in
 * {@code notification_dev_outbox} (masked address) and shown at {@code /dev/notification-outbox} in demo mode.
 */
class DevOutboxChannel implements ChannelSender {

	private final Channel channel;
	private final DevOutboxRepository outbox;
	private final Clock clock;

	DevOutboxChannel(Channel channel, DevOutboxRepository outbox, Clock clock) {
		this.channel = channel;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public String send(Outgoing o) {
		String text = channel == Channel.SMS ? o.sms() : o.body() + (o.link() == null ? "" : "\n" + o.link());
		String address = switch (channel) {
			case SMS -> Addresses.mobile(o.mobile());
			case EMAIL -> Addresses.email(o.email());
			case DINGTALK_ROBOT -> o.robot();
			case DINGTALK_WORK -> o.dingtalkUserId();
			case IN_APP -> "-";
		};
		outbox.keep(o.deliveryId(), channel, address, channel == Channel.SMS ? null : o.title(), text,
				clock.instant());
		return "dev-" + o.deliveryId();
	}
}
