package org.smartcourt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** A second node starting while the first seeds waits until the first is ready, then seeds (finding everything). */
@IntegrationTest
class StartupSeedingLockTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
		StartupSeedingLock first = new StartupSeedingLock(dataSource);
		StartupSeedingLock second = new StartupSeedingLock(dataSource);
		first.run(new DefaultApplicationArguments());

		CompletableFuture<Void> secondSeeds = CompletableFuture.runAsync(() -> {
			try {
				second.run(new DefaultApplicationArguments());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			secondSeeds.get(1, TimeUnit.SECONDS);
			throw new AssertionError("the second node seeded while the first was still seeding");
		}
		catch (TimeoutException expected) {
			// still waiting, as it should
		}
		first.release();
		secondSeeds.get(10, TimeUnit.SECONDS);
		second.release();

		assertThat(secondSeeds).isCompleted();
	}
}
