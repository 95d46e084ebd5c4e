package org.smartcourt.casefile.internal.catalogue;

import java.time.ZoneId;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.hearings.TranscriptAttached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes each hearing's 庭审笔录 into the catalogue when it is attached ({@link TranscriptAttached}); recording is
 * idempotent, so a replayed event files nothing twice. Parties may read the 笔录 (《民事诉讼法》 art. 150).
 */
@Component
class HearingMaterials {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	private final Hearings hearings;
	private final MaterialCategories categories;
	private final MaterialRecorder recorder;
	private final People people;

	HearingMaterials(Hearings hearings, MaterialCategories categories, MaterialRecorder recorder, People people) {
		this.hearings = hearings;
		this.categories = categories;
		this.recorder = recorder;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(TranscriptAttached attached) {
		sync(attached.caseId());
	}

	void sync(CaseId caseId) {
		for (Hearing h : hearings.onCasePage(caseId, Audience.COURT).hearings()) {
			if (h.transcriptSha256() == null) {
				continue;
			}
			String title = "庭审笔录（" + (h.actualStart() == null ? h.start().toLocalDate() : h.actualStart().toLocalDate())
					+ "）";
			recorder.record(new MaterialRecorder.Draft(caseId, categories.get(MaterialCategories.HEARING_RECORD), title,
					h.transcriptSha256(), h.transcriptName(), MaterialSource.HEARING,
					h.id() + ":" + h.transcriptSha256(), h.scheduledBy(), people.nameOf(h.scheduledBy()),
					(h.actualEnd() == null ? h.end() : h.actualEnd()).atZone(COURT_ZONE).toInstant(), true, null, null,
					null, null));
		}
	}
}
