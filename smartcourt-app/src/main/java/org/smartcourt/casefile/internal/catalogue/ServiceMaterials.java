package org.smartcourt.casefile.internal.catalogue;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryRecorded;
import org.smartcourt.cases.DocketEntryType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A 送达回证 record for every 送达 on the docket: no file; the export prints a page stating the service as the docket
 * recorded it. Parties see it when the docket entry is theirs to see.
 */
@Component
class ServiceMaterials {

	private final MaterialCategories categories;
	private final MaterialRecorder recorder;
	private final People people;

	ServiceMaterials(MaterialCategories categories, MaterialRecorder recorder, People people) {
		this.categories = categories;
		this.recorder = recorder;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(DocketEntryRecorded recorded) {
		DocketEntry entry = recorded.entry();
		if (entry.type() != DocketEntryType.SERVICE) {
			return;
		}
		String summary = entry.summary().endsWith("。") ? entry.summary().substring(0, entry.summary().length() - 1)
				: entry.summary();
		recorder.record(new MaterialRecorder.Draft(entry.caseId(), categories.get(MaterialCategories.SERVICE_RECEIPT),
				"送达回证：" + summary, null, null, MaterialSource.SERVICE, entry.id().toString(), entry.recordedBy(),
				people.nameOf(entry.recordedBy()), entry.recordedAt(), entry.audience() != Audience.COURT,
				"送达日期 " + entry.occurredOn() + "。" + entry.summary(), null, null, null));
	}
}
