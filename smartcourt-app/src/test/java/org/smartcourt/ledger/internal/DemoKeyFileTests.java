package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two app nodes sharing a key directory and starting together end up with one demo key, not one each. */
class DemoKeyFileTests {

	@TempDir
	Path directory;

	@Test
	void nodesStartingTogetherAllUseTheKeyTheFirstOneStored() throws Exception {
		Path file = directory.resolve("keys").resolve("log-ed25519.key");
		int nodes = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		List<Future<DemoKeyFile.Key>> keys = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			String own = "PRIVATE+KEY+node-" + n;
			keys.add(pool.submit(() -> {
				start.await();
				return DemoKeyFile.readOrGenerate(file, () -> own);
			}));
		}
		start.countDown();
		List<DemoKeyFile.Key> results = new ArrayList<>();
		for (Future<DemoKeyFile.Key> key : keys) {
			results.add(key.get());
		}
		pool.shutdown();

		assertThat(results.stream().filter(DemoKeyFile.Key::generated)).hasSize(1);
		assertThat(results.stream().map(DemoKeyFile.Key::encoded).distinct()).containsExactly(Files.readString(file));
		try (Stream<Path> left = Files.list(file.getParent())) {
			assertThat(left).as("no temporary file is left behind").containsExactly(file);
		}
	}

	@Test
	void aStoredKeyIsReadNotReplaced() throws Exception {
		Path file = directory.resolve("witness-a.key");
		Files.writeString(file, "PRIVATE+KEY+stored\n");

		DemoKeyFile.Key key = DemoKeyFile.readOrGenerate(file, () -> "PRIVATE+KEY+new");

		assertThat(key.generated()).isFalse();
		assertThat(key.encoded()).isEqualTo("PRIVATE+KEY+stored\n");
	}
}
