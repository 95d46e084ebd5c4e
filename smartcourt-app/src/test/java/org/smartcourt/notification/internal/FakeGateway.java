package org.smartcourt.notification.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.smartcourt.notification.Channel;

/** A provider that counts what it is handed, by idempotency key, and can be told to refuse. */
class FakeGateway implements ChannelSender {

	final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
	final List<Outgoing> received = new CopyOnWriteArrayList<>();
	volatile String refuseWith;

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String send(Outgoing outgoing) {
		if (refuseWith != null) {
			throw new ChannelFailure(refuseWith);
		}
		calls.computeIfAbsent(outgoing.deliveryId(), id -> new AtomicInteger()).incrementAndGet();
		received.add(outgoing);
		return "fake-" + outgoing.deliveryId();
	}

	/** How many times the provider was handed this delivery (by its idempotency key). */
	int callsFor(UUID delivery) {
		AtomicInteger n = calls.get(delivery);
		return n == null ? 0 : n.get();
	}
}
