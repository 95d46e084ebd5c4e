package org.smartcourt.ledger.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that anchor stored files ({@link StoredFileAnchoring}). Each waits for its append batch (up to
 * {@code smartcourt.ledger.batch-max-age}) doing nothing, so they get a pool of their own: in the shared listener pool
 * (8 threads) anchoring was capped at 8 files per batch age, about 30 a second (bench {@code casefile-store}), and
 * widening the shared pool instead let CPU-bound listeners (PDF text extraction) run 32 at a time on 2 cores. The
 * application's own executor is still created ({@code spring.task.execution.mode: force}).
 */
@Configuration(proxyBeanMethods = false)
class AnchoringExecutorConfiguration {

	static final String EXECUTOR = "ledgerAnchoringExecutor";

	@Bean(name = EXECUTOR)
	ThreadPoolTaskExecutor ledgerAnchoringExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(64);
		executor.setThreadNamePrefix("ledger-anchor-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		return executor;
	}
}
