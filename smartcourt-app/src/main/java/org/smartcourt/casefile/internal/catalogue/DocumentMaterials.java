package org.smartcourt.casefile.internal.catalogue;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseDocumentRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Files each 诉讼文书 recorded on a case (uploaded or issued) under the category of its kind: 判决书 with the
 * judgments, 传票 with the summonses, 审理报告 in 副卷. A document for the parties still reaches them only once
 * delivered (served or pronounced), which {@link Readership} asks the cases module at every read.
 */
@Component
class DocumentMaterials {

	private final MaterialCategories categories;
	private final MaterialRecorder recorder;
	private final People people;

	DocumentMaterials(MaterialCategories categories, MaterialRecorder recorder, People people) {
		this.categories = categories;
		this.recorder = recorder;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(CaseDocumentRecorded document) {
		MaterialCategory category = categories.forDocument(document.kind());
		String title = document.number() == null ? document.title() : document.title() + "（" + document.number() + "）";
		recorder.record(new MaterialRecorder.Draft(document.caseId(), category, title, document.fileSha256(),
				document.fileName(), MaterialSource.DOCUMENT, document.documentId().toString(), document.recordedBy(),
				people.nameOf(document.recordedBy()), document.recordedAt(),
				document.visibility() == Audience.PARTIES,
				document.fileSha256() == null ? "诉讼文书：" + title + "，落款日期 " + document.signedOn() + "（未附文件）。"
						: null,
				null, null, null));
	}
}
