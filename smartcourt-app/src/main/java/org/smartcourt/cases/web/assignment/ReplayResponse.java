package org.smartcourt.cases.web.assignment;

import java.util.List;

import org.smartcourt.cases.internal.assignment.AssignmentRecord;
import org.smartcourt.cases.internal.assignment.Replay;

/** A draw replayed: what was stored, who the draw picks again, and whether they are the same. */
record ReplayResponse(AssignmentResponse assignment, List<AssignmentRecord.Chosen> replayed, boolean matches) {

	static ReplayResponse of(Replay replay) {
		return new ReplayResponse(AssignmentResponse.of(replay.record()), replay.replayed(), replay.matches());
	}
}
