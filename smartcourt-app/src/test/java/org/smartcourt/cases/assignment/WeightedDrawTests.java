package org.smartcourt.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.internal.assignment.Candidate;
import org.smartcourt.cases.internal.assignment.CandidatePool;
import org.smartcourt.cases.internal.assignment.Exclusion;
import org.smartcourt.cases.internal.assignment.WeightedDraw;

/**
 * The draw on its own: over 10,000 seeded draws each judge's share matches its weight (chi-square goodness of fit at
 * p = 0.001), people left out of the pool are never drawn, and the same seed always gives the same judge.
 */
class WeightedDrawTests {

	private static final int DRAWS = 10_000;
	/** χ² critical value for 3 degrees of freedom at p = 0.001. */
	private static final double CHI_SQUARE_3_DF_P001 = 16.266;

	private static Candidate judge(String name, int open) {
		return Candidate.weighted(UUID.nameUUIDFromBytes(name.getBytes()), name, open);
	}

	private final List<Candidate> judges = List.of(judge("王立新", 0), judge("李文博", 1), judge("张慧敏", 3),
			judge("周庭长", 0));

	@Test
	void weightsFollowTheDocumentedFormula() {
		assertThat(WeightedDraw.weightFor(0)).isEqualTo(1.0);
		assertThat(WeightedDraw.weightFor(1)).isEqualTo(0.5);
		assertThat(WeightedDraw.weightFor(3)).isEqualTo(0.25);
		assertThatThrownBy(() -> WeightedDraw.weightFor(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sharesMatchTheWeightsOverTenThousandDraws() {
		List<Candidate> ordered = new CandidatePool(judges, List.of()).eligible();
		Map<UUID, Integer> counts = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(20261129L);
		for (int i = 0; i < DRAWS; i++) {
			counts.merge(WeightedDraw.pick(seeds.nextLong(), ordered).staffId(), 1, Integer::sum);
		}
		double total = ordered.stream().mapToDouble(Candidate::weight).sum();
		double chiSquare = 0;
		for (Candidate c : ordered) {
			double expected = DRAWS * c.weight() / total;
			double observed = counts.getOrDefault(c.staffId(), 0);
			chiSquare += (observed - expected) * (observed - expected) / expected;
			// and no single share is off by more than 4 standard deviations of a binomial count
			double sigma = Math.sqrt(DRAWS * (c.weight() / total) * (1 - c.weight() / total));
			assertThat(Math.abs(observed - expected)).as(c.name()).isLessThan(4 * sigma);
		}
		assertThat(chiSquare).isLessThan(CHI_SQUARE_3_DF_P001);
	}

	@Test
	void aBiasedDrawWouldFailTheTest() {
		// the same statistic on a draw that ignores weights (uniform) exceeds the bound: the test can fail
		List<Candidate> ordered = new CandidatePool(judges, List.of()).eligible();
		List<Candidate> flat = ordered.stream().map(c -> new Candidate(c.staffId(), c.name(), 0, 1.0)).toList();
		Map<UUID, Integer> counts = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(7L);
		for (int i = 0; i < DRAWS; i++) {
			counts.merge(WeightedDraw.pick(seeds.nextLong(), flat).staffId(), 1, Integer::sum);
		}
		double total = ordered.stream().mapToDouble(Candidate::weight).sum();
		double chiSquare = ordered.stream().mapToDouble(c -> {
			double expected = DRAWS * c.weight() / total;
			double observed = counts.getOrDefault(c.staffId(), 0);
			return (observed - expected) * (observed - expected) / expected;
		}).sum();
		assertThat(chiSquare).isGreaterThan(CHI_SQUARE_3_DF_P001);
	}

	@Test
	void peopleLeftOutOfThePoolAreNeverDrawn() {
		Candidate absent = judge("李文博", 1);
		CandidatePool pool = new CandidatePool(
				judges.stream().filter(c -> !c.staffId().equals(absent.staffId())).toList(),
				List.of(new Exclusion(absent.staffId(), absent.name(), "不在岗：年休假")));
		SplittableRandom seeds = new SplittableRandom(1L);
		for (int i = 0; i < DRAWS; i++) {
			assertThat(WeightedDraw.pick(seeds.nextLong(), pool.eligible()).staffId()).isNotEqualTo(absent.staffId());
		}
	}

	@Test
	void replayingASeedGivesTheSameJudgeAndOrderIsByStaffId() {
		List<Candidate> ordered = new CandidatePool(judges, List.of()).eligible();
		assertThat(ordered).isSortedAccordingTo((a, b) -> a.staffId().toString().compareTo(b.staffId().toString()));
		SplittableRandom seeds = new SplittableRandom(99L);
		for (int i = 0; i < 1000; i++) {
			long seed = seeds.nextLong();
			assertThat(WeightedDraw.pick(seed, ordered)).isEqualTo(WeightedDraw.pick(seed, List.copyOf(ordered)));
		}
		// a fixed seed picks a fixed judge, forever: SplittableRandom's sequence is specified
		long seed = 42L;
		double r = new SplittableRandom(seed).nextDouble() * ordered.stream().mapToDouble(Candidate::weight).sum();
		double cumulative = 0;
		Candidate expected = null;
		for (Candidate c : ordered) {
			cumulative += c.weight();
			if (r < cumulative) {
				expected = c;
				break;
			}
		}
		assertThat(WeightedDraw.pick(seed, ordered)).isEqualTo(expected);
	}

	@Test
	void drawingSeveralGivesDifferentPeople() {
		List<Candidate> ordered = new CandidatePool(judges, List.of()).eligible();
		SplittableRandom seeds = new SplittableRandom(5L);
		for (int i = 0; i < 1000; i++) {
			List<Candidate> two = WeightedDraw.pickMany(seeds.nextLong(), ordered, 2);
			assertThat(two).doesNotHaveDuplicates().hasSize(2);
		}
		assertThatThrownBy(() -> WeightedDraw.pickMany(1L, ordered, 5)).isInstanceOf(IllegalArgumentException.class);
	}
}
