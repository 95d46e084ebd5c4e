package org.smartcourt.casefile.internal.catalogue;

import java.time.Instant;
import java.util.List;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.Cases;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent.Attachment;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingRecords;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a case's catalogue when it is registered (立案): the 案件受理登记 record, and every file attached to the online
 * filing under its category (起诉状, 身份证明, 证据, 授权委托书…), as submitted by the filer.
 */
@Component
class FilingMaterials {

	static final String REGISTRATION_CATEGORY = "FILING_RECORD";

	private final Cases cases;
	private final FilingRecords filings;
	private final MaterialCategories categories;
	private final MaterialRecorder recorder;

	FilingMaterials(Cases cases, FilingRecords filings, MaterialCategories categories, MaterialRecorder recorder) {
		this.cases = cases;
		this.filings = filings;
		this.categories = categories;
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(CaseRegistered registered) {
		CaseOverview overview = cases.find(registered.caseId()).orElseThrow();
		recorder.record(new MaterialRecorder.Draft(overview.id(), categories.get(REGISTRATION_CATEGORY), "案件受理登记",
				null, null, MaterialSource.FILING, overview.id() + ":registration", null, "系统",
				registered.registeredOn().atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), true,
				"案号 " + registered.caseNumber() + "；" + overview.registration().title() + "；立案日期 "
						+ registered.registeredOn() + "。",
				null, null, null));
		if (overview.registration().filingId() == null) {
			return;
		}
		filings.find(new FilingId(overview.registration().filingId()))
			.ifPresent(filing -> attachments(overview, filing));
	}

	private void attachments(CaseOverview overview, Filing filing) {
		List<Attachment> attachments = filing.content().attachments();
		Instant at = filing.submittedAt().orElse(filing.createdAt());
		for (int i = 0; i < attachments.size(); i++) {
			Attachment a = attachments.get(i);
			MaterialCategory category = categories.forAttachment(a.kind().name());
			String title = withoutExtension(a.name());
			boolean evidence = MaterialCategories.EVIDENCE.equals(category.code());
			recorder.record(new MaterialRecorder.Draft(overview.id(), category, title, a.sha256(), a.name(),
					MaterialSource.FILING, filing.id().value() + ":" + i + ":" + a.sha256(), filing.filerUsername(),
					filing.filerName(), at, category.partiesVisible(), null, evidence ? title : null, null,
					evidence ? filing.filerName() : null));
		}
	}

	static String withoutExtension(String name) {
		if (name == null || name.isBlank()) {
			return "附件";
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
