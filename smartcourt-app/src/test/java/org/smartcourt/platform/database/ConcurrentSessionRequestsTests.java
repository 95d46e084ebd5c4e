package org.smartcourt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first pages of a new session opened at the same moment (two tabs, a page and its htmx call) all answer: each
 * stores the session's CSRF token, and the session store must not refuse the second with a duplicate key.
 */
@IntegrationTest
class ConcurrentSessionRequestsTests {

	@LocalServerPort
	int port;

	@Test
	void concurrentFirstRequestsOfANewSessionAllAnswer() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (int round = 0; round < 6; round++) {
				WebSession session = WebSession.signIn(port, "judge-0104");
				CountDownLatch start = new CountDownLatch(1);
				List<CompletableFuture<Integer>> pages = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					pages.add(CompletableFuture.supplyAsync(() -> {
						try {
							start.await();
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						return session.get("/cases/assigned").statusCode();
					}, pool));
				}
				start.countDown();
				for (CompletableFuture<Integer> page : pages) {
					statuses.add(page.get());
				}
			}
			assertThat(statuses).hasSize(48).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
