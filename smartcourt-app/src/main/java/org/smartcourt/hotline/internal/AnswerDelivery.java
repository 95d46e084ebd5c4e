package org.smartcourt.hotline.internal;

import java.sql.Timestamp;
import java.util.UUID;

import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps on the request when its answer reached the requester (the first channel's 发送成功 record) or that the
 * notification service gave up, so the desk calls the requester instead.
 */
@Component
class AnswerDelivery {

	static final String KEY_PREFIX = "hotline.answer:";

	private final JdbcClient jdbc;

	AnswerDelivery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String deliveryKey(HotlineRequest r) {
		return KEY_PREFIX + r.id();
	}

	@ApplicationModuleListener
	void on(MessageDelivered delivered) {
		request(delivered.deliveryKey()).ifPresent(id -> jdbc.sql("""
				update hotline_request set answer_delivered_at = coalesce(answer_delivered_at, ?),
				       answer_delivered_via = coalesce(answer_delivered_via, ?) where id = ?""")
			.params(Timestamp.from(delivered.at()), delivered.channel().name(), id)
			.update());
	}

	@ApplicationModuleListener
	void on(MessageFailed failed) {
		if (!failed.deadLettered()) {
			return;
		}
		request(failed.deliveryKey()).ifPresent(id -> jdbc.sql("""
				update hotline_request set answer_undelivered = ? where id = ? and answer_delivered_at is null""")
			.params(failed.channel().name() + "：" + (failed.reason() == null ? "" : failed.reason()), id)
			.update());
	}

	private static java.util.Optional<UUID> request(String deliveryKey) {
		if (deliveryKey == null || !deliveryKey.startsWith(KEY_PREFIX)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(UUID.fromString(deliveryKey.substring(KEY_PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}
}
