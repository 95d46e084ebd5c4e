package org.smartcourt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.appraisal.internal.Eligibility;
import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.appraisal.internal.RandomDraw;
import org.smartcourt.shared.CourtId;

/**
 * The random draw of 2002 规定 arts. 10 and 12: uniform over the qualified, unconflicted entries of the field, never an
 * unqualified, removed or conflicted one, and replayable from the stored seed and candidate list.
 */
class RandomDrawTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
	private static final CourtId COURT = new CourtId("220100");

	@Test
	void eachQualifiedCandidateIsDrawnWithAboutTheSameFrequency() {
		List<Institution> roster = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			roster.add(institution("合格机构" + i, "L" + i, TODAY.plusYears(1), true, null));
		}
		Eligibility.Split split = Eligibility.split(roster, "document", TODAY, Map.of());
		assertThat(split.candidates()).hasSize(6);
		int draws = 6_000;
		Map<UUID, Integer> counts = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(20261129L);
		for (int k = 0; k < draws; k++) {
			UUID chosen = RandomDraw.draw(seeds.nextLong(), split.candidates()).chosen().id();
			counts.merge(chosen, 1, Integer::sum);
		}
		double expected = draws / 6.0;
		double chiSquare = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
		assertThat(counts).hasSize(6);
		// 5 degrees of freedom: P(χ² > 20.52) = 0.001, so a fair draw fails this once in a thousand seeds at most
		assertThat(chiSquare).isLessThan(20.52);
		counts.values().forEach(c -> assertThat(c).isBetween(850, 1150));
	}

	@Test
	void unqualifiedRemovedAndConflictedEntriesAreNeverDrawn() {
		Institution good = institution("合格甲", "L1", TODAY.plusYears(1), true, null);
		Institution alsoGood = institution("合格乙", "L2", TODAY.plusYears(1), true, null);
		Institution expired = institution("许可证过期", "L3", TODAY.minusDays(1), true, null);
		Institution failedReview = institution("年审不合格", "L4", TODAY.plusYears(1), false, null);
		Institution removed = institution("已除名", "L5", TODAY.plusYears(1), true, TODAY.minusMonths(1));
		Institution conflicted = institution("有利害关系", "L6", TODAY.plusYears(1), true, null);
		Institution otherField = new Institution(UUID.randomUUID(), COURT, "其他类别", "L7", TODAY.plusYears(1), null,
				null, null, null, Set.of("accounting"), Map.of(TODAY.getYear(),
						new Institution.AnnualReview(TODAY.getYear(), true, null)), List.of());
		List<Institution> roster = List.of(good, alsoGood, expired, failedReview, removed, conflicted, otherField);

		Eligibility.Split split = Eligibility.split(roster, "document", TODAY,
				Map.of(conflicted.id(), "与本案当事人李四有利害关系"));

		assertThat(split.candidates()).extracting(RandomDraw.Candidate::name).containsExactly("合格甲", "合格乙");
		assertThat(split.excluded()).extracting(Eligibility.Excluded::name)
			.containsExactlyInAnyOrder("许可证过期", "年审不合格", "已除名", "有利害关系");
		assertThat(split.excluded()).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
		assertThat(split.excluded()).filteredOn(x -> x.name().equals("有利害关系"))
			.extracting(Eligibility.Excluded::reason)
			.containsExactly("与本案当事人李四有利害关系");
		SplittableRandom seeds = new SplittableRandom(7);
		for (int k = 0; k < 2_000; k++) {
			assertThat(RandomDraw.draw(seeds.nextLong(), split.candidates()).chosen().name()).isIn("合格甲", "合格乙");
		}
	}

	@Test
	void replayWithTheStoredSeedAndCandidatesGivesTheSameInstitution() {
		List<RandomDraw.Candidate> candidates = List.of(candidate("丙", "L3"), candidate("甲", "L1"), candidate("乙", "L2"));
		long seed = 8_675_309L;
		RandomDraw.Result drawn = RandomDraw.draw(seed, candidates);
		List<RandomDraw.Candidate> stored = RandomDraw.parse(RandomDraw.text(drawn.candidates()));

		RandomDraw.Replay replay = RandomDraw.replay(seed, stored, drawn.fingerprint(), drawn.chosen().id());

		assertThat(drawn.candidates()).extracting(RandomDraw.Candidate::licence).containsExactly("L1", "L2", "L3");
		assertThat(replay.matches()).isTrue();
		assertThat(replay.replayed().id()).isEqualTo(drawn.chosen().id());
		assertThat(RandomDraw.draw(seed, List.of(candidates.get(2), candidates.get(0), candidates.get(1))).chosen().id())
			.as("the input order does not matter: the list is put in canonical order")
			.isEqualTo(drawn.chosen().id());
	}

	@Test
	void aChangedCandidateListMakesTheReplayDisagree() {
		List<RandomDraw.Candidate> candidates = List.of(candidate("甲", "L1"), candidate("乙", "L2"), candidate("丙", "L3"));
		long seed = 42L;
		RandomDraw.Result drawn = RandomDraw.draw(seed, candidates);
		List<RandomDraw.Candidate> changed = new ArrayList<>(drawn.candidates());
		changed.add(candidate("后加入的丁", "L4"));

		RandomDraw.Replay replay = RandomDraw.replay(seed, RandomDraw.canonical(changed), drawn.fingerprint(),
				drawn.chosen().id());
		RandomDraw.Replay withoutChosen = RandomDraw.replay(seed,
				drawn.candidates().stream().filter(c -> !c.id().equals(drawn.chosen().id())).toList(), drawn.fingerprint(),
				drawn.chosen().id());

		assertThat(replay.sameCandidates()).isFalse();
		assertThat(replay.matches()).isFalse();
		assertThat(withoutChosen.matches()).isFalse();
		assertThat(RandomDraw.replay(seed + 1, drawn.candidates(), drawn.fingerprint(), drawn.chosen().id()).replayed())
			.as("another seed may pick someone else; the verdict then says so")
			.satisfiesAnyOf(c -> assertThat(c.id()).isEqualTo(drawn.chosen().id()),
					c -> assertThat(RandomDraw.replay(seed + 1, drawn.candidates(), drawn.fingerprint(),
							drawn.chosen().id()).matches()).isFalse());
	}

	private static RandomDraw.Candidate candidate(String name, String licence) {
		return new RandomDraw.Candidate(UUID.randomUUID(), licence, name);
	}

	private static Institution institution(String name, String licence, LocalDate validUntil, boolean reviewPassed,
			LocalDate removedOn) {
		return new Institution(UUID.randomUUID(), COURT, name, licence, validUntil, null, null, removedOn,
				removedOn == null ? null : "出具虚假鉴定意见", Set.of("document", "trace"),
				Map.of(TODAY.getYear(), new Institution.AnnualReview(TODAY.getYear(), reviewPassed, null)), List.of());
	}
}
