package org.smartcourt.cases.internal.assignment;

import java.util.UUID;

/**
 * A person who may be drawn (承办法官 or 人民陪审员), with the weight the draw gives them.
 *
 * @param openCases cases now open (未结) in their hands when the draw was made.
 * @param weight {@link WeightedDraw#weightFor(int)} of {@code openCases}, stored as used.
 */
public record Candidate(UUID staffId, String name, int openCases, double weight) {

	public Candidate {
		if (staffId == null || name == null || !(weight > 0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException("a candidate needs a staff id, a name and a positive weight");
		}
	}

	/** A candidate weighted by their open caseload. */
	public static Candidate weighted(UUID staffId, String name, int openCases) {
		return new Candidate(staffId, name, openCases, WeightedDraw.weightFor(openCases));
	}
}
