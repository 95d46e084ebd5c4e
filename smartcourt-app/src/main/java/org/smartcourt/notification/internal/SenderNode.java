package org.smartcourt.notification.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * This node's sender: woken after each commit that queued something ({@link #nudge}) and by the periodic sweep,
 * it drains the outbox on one background thread. Wake-ups while it runs coalesce into one more run.
 */
@Component
class SenderNode implements DisposableBean {

	static final int MAX_ROUNDS = 50;
	private static final Logger log = LoggerFactory.getLogger(SenderNode.class);

	private final ObjectProvider<OutboxSender> sender;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "notification-sender");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private final AtomicBoolean paused = new AtomicBoolean();
	private final ReentrantLock running = new ReentrantLock();

	SenderNode(ObjectProvider<OutboxSender> sender) {
		this.sender = sender;
	}

	/** Asks for a run soon, on the sender thread. */
	void nudge() {
		if (!paused.get() && scheduled.compareAndSet(false, true)) {
			executor.execute(() -> {
				scheduled.set(false);
				sweep();
			});
		}
	}

	/** Sends whatever is due now, on the calling thread. */
	int sweep() {
		running.lock();
		try {
			return paused.get() ? 0 : sender.getObject().drain(MAX_ROUNDS);
		}
		catch (RuntimeException ex) {
			log.warn("Notification sender run failed; the next sweep retries", ex);
			return 0;
		}
		finally {
			running.unlock();
		}
	}

	/** Stops this node sending, once a run in progress ends (tests that drive senders of their own; maintenance). */
	void pause() {
		paused.set(true);
		running.lock();
		running.unlock();
	}

	void resume() {
		paused.set(false);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
