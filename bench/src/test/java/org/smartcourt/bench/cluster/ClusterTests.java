package org.smartcourt.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 "Several app nodes", end to end: one PostgreSQL (fsync on), two app nodes as processes of their own on
 * random ports, started at the same moment, node 2 killed with SIGKILL under load. About 1.5 minutes on two cores.
 */
class ClusterTests {

	@Test
	void twoNodesStartTogetherShareSessionsRunJobsOnceNumberWithoutGapsAndLoseNothingAcknowledgedWhenOneIsKilled() throws Exception {
		Path dir = Path.of("target/run/cluster-test");
		ClusterCommand.deleteRecursively(dir);
		// surefire starts the test JVM from a manifest-only jar; this property holds the real class path
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		ClusterReport report;
		Path shared = dir.resolve("shared");
		try (ClusterDatabase database = ClusterDatabase.start(dir.resolve("pg"), 0);
				AppNode node1 = AppNode.launch("node-1", classPath,
						AppNode.settings("node-1", ClusterCommand.freePort(), database.jdbcUrl(), shared), dir);
				AppNode node2 = AppNode.launch("node-2", classPath,
						AppNode.settings("node-2", ClusterCommand.freePort(), database.jdbcUrl(), shared), dir)) {
			// started together: migrations, seeding and the demo keys must cope with a second node at the same moment
			CompletableFuture.allOf(CompletableFuture.runAsync(() -> node1.awaitUp(Duration.ofMinutes(3))),
					CompletableFuture.runAsync(() -> node2.awaitUp(Duration.ofMinutes(3)))).join();
			report = ClusterRun.check(node1.base(), node2.base(), database.jdbcUrl(), new ClusterRun.Load(30, 4, 10),
					node2::kill);
		}

		assertThat(report.failures()).isEmpty();
		assertThat(report.number("executions picked twice")).isZero();
		assertThat(report.number("duplicated filings")).isZero();
		assertThat(report.number("retries")).as("requests to the killed node were retried on node 1").isPositive();
	}
}
