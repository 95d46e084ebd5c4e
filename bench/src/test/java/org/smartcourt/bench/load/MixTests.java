package org.smartcourt.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The load's own arithmetic: the mix of users per role. */
class MixTests {

	@Test
	void aMixIsParsedAndScaledKeepingEveryRole() {
		Mix mix = Mix.parse("litigant=3,clerk=2,judge=3,search=1,president=1");
		assertThat(mix.total()).isEqualTo(10);
		assertThat(mix.scaledTo(100).users()).containsEntry(Role.LITIGANT, 30).containsEntry(Role.PRESIDENT, 10);
		assertThat(mix.scaledTo(2).users()).as("each role keeps a user").hasSize(5);
		assertThat(mix.toString()).isEqualTo("litigant=3,clerk=2,judge=3,search=1,president=1");
	}

	@Test
	void drawsFollowTheWeights() {
		Mix mix = Mix.parse("clerk=3,judge=1");
		Random random = new Random(1);
		int clerks = 0;
		for (int i = 0; i < 4000; i++) {
			if (mix.draw(random) == Role.CLERK) {
				clerks++;
			}
		}
		assertThat(clerks).isBetween(2800, 3200);
	}

	@Test
	void refusesAMixWithoutUsersOrAnUnknownRole() {
		assertThatThrownBy(() -> Mix.parse("clerk=0")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Mix.parse("janitor=2")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Mix.parse("judge=2, search=1").users()).isEqualTo(Map.of(Role.JUDGE, 2, Role.SEARCH, 1));
	}
}
