package org.smartcourt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The harness's own arithmetic (not a benchmark): option parsing and latency summaries. */
class HarnessTests {

	@Test
	void parsesDurationsInSecondsOrMilliseconds() {
		Options options = new Options(List.of("--seconds", "60", "--interval", "500ms", "--warmup", "2s"),
				List.of("seconds", "interval", "warmup"));

		assertThat(options.duration("seconds", Duration.ZERO)).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.duration("interval", Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
		assertThat(options.duration("warmup", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
		assertThat(options.duration("missing", Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void refusesUnknownOptions() {
		assertThatThrownBy(() -> new Options(List.of("--thread", "8"), List.of("threads")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--thread");
	}

	@Test
	void summarisesPercentilesInMilliseconds() {
		Latency latency = new Latency();
		for (int i = 1; i <= 100; i++) {
			latency.record(i * 1_000_000L);
		}

		assertThat(latency.count()).isEqualTo(100);
		assertThat(latency.percentileMillis(50)).isBetween(49.9, 50.1);
		assertThat(latency.percentileMillis(99)).isBetween(98.9, 99.1);
		assertThat(latency.summary()).contains("p99=99.0");
	}
}
