package org.smartcourt.service.internal;

import java.util.Optional;
import java.util.UUID;

import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageFailed;
import org.smartcourt.notification.MessageRead;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notification service's reports on the messages of 电子送达 (delivery key {@code service:<attempt id>}) enter
 * the trail: 发送成功 (sent and delivered), 已阅知 (an in-app message opened) and failures with their reasons; then the
 * service is settled. Each runs in its own transaction after the report's, holding the service's lock, since the
 * channels of one service report at once.
 */
@Component
class DeliveryOutcomes {

	private final ServingRepository servings;
	private final Effectiveness effectiveness;

	DeliveryOutcomes(ServingRepository servings, Effectiveness effectiveness) {
		this.servings = servings;
		this.effectiveness = effectiveness;
	}

	@ApplicationModuleListener
	void on(MessageDelivered delivered) {
		attempt(delivered.deliveryKey()).ifPresent(attempt -> {
			Serving serving = servings.lock(attempt.servingId()).orElseThrow();
			if (servings.sent(attempt.id(), delivered.at())) {
				servings.trail(serving.id(), attempt.id(), TrailStep.SENT, delivered.at(), delivered.receipt(), null);
				servings.trail(serving.id(), attempt.id(), TrailStep.DELIVERED, delivered.at(), attempt.address(), null);
				effectiveness.settle(serving);
			}
		});
	}

	@ApplicationModuleListener
	void on(MessageFailed failed) {
		attempt(failed.deliveryKey()).ifPresent(attempt -> {
			Serving serving = servings.lock(attempt.servingId()).orElseThrow();
			servings.trail(serving.id(), attempt.id(), TrailStep.FAILED, failed.at(),
					failed.reason() + (failed.deadLettered() ? "（已停止重试）" : "（将重试）"), null);
			if (failed.deadLettered()) {
				servings.failed(attempt.id(), failed.at(), failed.reason());
				effectiveness.settle(serving);
			}
		});
	}

	@ApplicationModuleListener
	void on(MessageRead read) {
		attempt(read.deliveryKey()).ifPresent(attempt -> {
			Serving serving = servings.lock(attempt.servingId()).orElseThrow();
			if (servings.opened(attempt.id(), read.at())) {
				servings.trail(serving.id(), attempt.id(), TrailStep.OPENED, read.at(), "站内消息已阅知", null);
				effectiveness.settle(serving);
			}
		});
	}

	private Optional<Attempt> attempt(String deliveryKey) {
		if (deliveryKey == null || !deliveryKey.startsWith(Attempt.KEY_PREFIX)) {
			return Optional.empty();
		}
		try {
			return servings.attempt(UUID.fromString(deliveryKey.substring(Attempt.KEY_PREFIX.length())));
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}
}
