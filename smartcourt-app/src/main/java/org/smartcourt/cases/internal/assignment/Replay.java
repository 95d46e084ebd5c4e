package org.smartcourt.cases.internal.assignment;

import java.util.List;

/**
 * A stored draw run again from its seed, candidates and weights.
 *
 * @param replayed who the draw picks now, in order.
 * @param matches whether that is who was recorded.
 */
public record Replay(AssignmentRecord record, List<AssignmentRecord.Chosen> replayed, boolean matches) {

	public Replay {
		replayed = List.copyOf(replayed);
	}
}
