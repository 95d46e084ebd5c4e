package org.smartcourt.service.internal;

import org.smartcourt.casefile.DocumentIssued;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseDocumentRecorded;
import org.smartcourt.cases.Cases;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the desk's copy of the cases' documents, and serves what casefile issues with a request to serve it. Both
 * run in the recording transaction, so a document can be served as soon as it is on the case, and an issued document
 * is served (or queued) exactly when it is recorded.
 */
@Component
class DocumentListeners {

	private final ServedDocumentRepository documents;
	private final ElectronicService electronic;
	private final Cases cases;

	DocumentListeners(ServedDocumentRepository documents, ElectronicService electronic, Cases cases) {
		this.documents = documents;
		this.electronic = electronic;
		this.cases = cases;
	}

	@EventListener
	void on(CaseDocumentRecorded recorded) {
		cases.find(recorded.caseId())
			.ifPresent(c -> documents.insert(new ServedDocument(recorded.documentId(), recorded.caseId(),
					c.registration().courtId(), recorded.kind(), recorded.title(), recorded.number(),
					recorded.signedOn(), recorded.fileSha256(), recorded.visibility() == Audience.PARTIES,
					recorded.recordedAt())));
	}

	@EventListener
	void on(DocumentIssued issued) {
		if (!issued.serve() || issued.addresseeSeq() == null) {
			return;
		}
		cases.find(issued.caseId())
			.ifPresent(overview -> documents.find(issued.caseId(), issued.documentId())
				.filter(ServedDocument::forParties)
				.ifPresent(document -> electronic.serveOnIssue(overview, document, issued.addresseeSeq(),
						issued.issuedBy())));
	}
}
