package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 开庭记录: a hearing took place.
 *
 * @param appeared the seq of every party or agent who appeared; everyone else on the case is recorded absent.
 * @param recordingRef the 庭审录音录像 reference (file or system id), or {@literal null}.
 */
public record RecordHeld(LocalDateTime actualStart, LocalDateTime actualEnd, List<Integer> appeared,
		String recordingRef) {

	public RecordHeld {
		appeared = appeared == null ? List.of() : List.copyOf(appeared);
	}
}
