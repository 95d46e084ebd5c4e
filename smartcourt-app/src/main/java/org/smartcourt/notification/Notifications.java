package org.smartcourt.notification;

/**
 * 通知服务: the one way every module reaches people. {@link #send} writes the message to an outbox in the caller's
 * transaction (a change that rolls back sends nothing); a cluster-safe sender delivers it after commit on each
 * channel, with retries and backoff, and dead-letters what keeps failing. Each channel's outcome is published as
 * {@link MessageDelivered} or {@link MessageFailed}; an in-app message opened by its reader as {@link MessageRead}.
 */
public interface Notifications {

	/**
	 * Queues the message.
	 *
	 * @return the id of the queued message, or of the one queued earlier with the same delivery key.
	 * @throws IllegalArgumentException when the template is unknown or a placeholder has no value (a caller's bug).
	 */
	MessageId send(Message message);
}
