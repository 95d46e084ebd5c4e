package org.smartcourt.cases;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.internal.closing.CaseDocument;
import org.smartcourt.cases.internal.closing.CaseDocuments;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.NewDocument;
import org.smartcourt.cases.internal.closing.ServiceMethod;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 诉讼文书 the court makes elsewhere (the case file's document templates) put on the case as if the team had recorded
 * them: the same checks (the case's team, a stage in which documents are made), the PDF kept in the file store,
 * {@link CaseDocumentRecorded} published; and 电子送达 of such a document on a party's platform account (民诉法 art.
 * 90, counted the day it reaches the account: 民诉解释 art. 135).
 */
@Service
public class IssuedDocuments {

	/** A recorded document: its id on the case and its PDF's SHA-256 in the file store. */
	public record IssuedDocument(UUID id, String fileSha256) {
	}

	private final CaseDocuments documents;
	private final Clock clock;

	IssuedDocuments(CaseDocuments documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Records a signed document dated today.
	 *
	 * @param kind a document kind's name: {@code SUMMONS}, {@code NOTICE}, {@code JUDGMENT}, {@code RULING},
	 *        {@code MEDIATION_STATEMENT}, {@code OTHER} …
	 * @param visibility {@link Audience#PARTIES} or {@link Audience#COURT}.
	 */
	@Transactional
	public IssuedDocument record(Actor actor, CaseId caseId, String kind, String title, String number,
			Audience visibility, String fileName, byte[] pdf) {
		CaseDocument recorded = documents.record(actor, caseId,
				new NewDocument(DocumentKind.valueOf(kind), number, title, LocalDate.now(clock), visibility), fileName,
				new ByteArrayInputStream(pdf));
		return new IssuedDocument(recorded.id(), recorded.fileSha256());
	}

	/** Records 电子送达 of a recorded document on party {@code partySeq} today, on the docket as 送达. */
	@Transactional
	public void serveElectronically(Actor actor, CaseId caseId, UUID documentId, int partySeq) {
		documents.serve(actor, caseId, documentId, partySeq, ServiceMethod.ELECTRONIC, LocalDate.now(clock));
	}

	/**
	 * Records, for the court, that a document was served on party (or agent) {@code partySeq} and the day it counts
	 * as served, on the docket as 送达; no access check: the caller (the service module) established the service.
	 *
	 * @param method a 送达方式's name: {@code ELECTRONIC}, {@code POSTAL}, {@code PERSONAL},
	 *        {@code LEFT_AT_RESIDENCE}, {@code ENTRUSTED}, {@code FORWARDED} or {@code PUBLICATION}.
	 * @param countedOn the day service takes effect (for 公告送达 the day it is deemed served, which may lie ahead).
	 * @param recordedBy the username of whoever started the service.
	 */
	@Transactional
	public void recordService(CaseId caseId, UUID documentId, int partySeq, String method, LocalDate countedOn,
			String recordedBy) {
		documents.recordService(caseId, documentId, partySeq, ServiceMethod.valueOf(method), countedOn, recordedBy);
	}
}
