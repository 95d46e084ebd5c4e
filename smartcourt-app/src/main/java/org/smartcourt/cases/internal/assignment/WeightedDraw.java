package org.smartcourt.cases.internal.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 随机分案 draw: reproducible from its seed. Each candidate's weight is {@code 1 / (1 + open cases)}, so a judge with
 * no open case is twice as likely as one with a single open case, and the load evens out over time. The pick:
 * candidates in staff-id order, {@code r = new SplittableRandom(seed).nextDouble() × Σ weights}, and the first
 * candidate whose cumulative weight exceeds {@code r} is drawn. Drawing several (人民陪审员) repeats the pick with the
 * same generator on the candidates not yet drawn. Replaying with the stored seed, candidates and weights gives the
 * same people, because {@link SplittableRandom}'s sequence for a seed is fixed by its specification.
 */
public final class WeightedDraw {

	/** Stored with every draw, so a later change of the method cannot be confused with the old one. */
	public static final String ALGORITHM = "weighted-cumulative/splittable-random/1+open/v1";

	private WeightedDraw() {
	}

	/** The weight for a caseload: {@code 1 / (1 + openCases)}. */
	public static double weightFor(int openCases) {
		if (openCases < 0) {
			throw new IllegalArgumentException("open cases cannot be negative");
		}
		return 1.0 / (1 + openCases);
	}

	/** The candidate drawn from {@code candidates} (in draw order) with {@code seed}. */
	public static Candidate pick(long seed, List<Candidate> candidates) {
		return pickMany(seed, candidates, 1).get(0);
	}

	/** {@code count} different candidates, in the order drawn. */
	public static List<Candidate> pickMany(long seed, List<Candidate> candidates, int count) {
		if (count < 1 || count > candidates.size()) {
			throw new IllegalArgumentException("cannot draw " + count + " of " + candidates.size() + " candidates");
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Candidate> left = new ArrayList<>(candidates);
		List<Candidate> drawn = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			double total = left.stream().mapToDouble(Candidate::weight).sum();
			double r = random.nextDouble() * total;
			double cumulative = 0;
			int chosen = left.size() - 1;
			for (int i = 0; i < left.size(); i++) {
				cumulative += left.get(i).weight();
				if (r < cumulative) {
					chosen = i;
					break;
				}
			}
			drawn.add(left.remove(chosen));
		}
		return List.copyOf(drawn);
	}
}
