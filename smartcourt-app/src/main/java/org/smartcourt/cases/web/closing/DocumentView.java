package org.smartcourt.cases.web.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.internal.closing.CaseDocument;
import org.smartcourt.cases.internal.closing.CaseFile;
import org.smartcourt.cases.internal.closing.ServiceMethod;
import org.smartcourt.cases.internal.closing.ServiceRecord;

/**
 * A document with its pronouncement and services, as a viewer may see it. Parties see every service of a document
 * delivered to them, so each knows when the others were served (the date their appeal period runs from).
 */
record DocumentView(CaseDocument document, LocalDate pronouncedOn, List<Service> services) {

	/** One service, with the recipient's name. */
	record Service(int partySeq, String partyName, ServiceMethod method, LocalDate countedOn) {
	}

	static List<DocumentView> of(CaseFile file, List<CaseDocument> documents) {
		return documents.stream()
			.map(d -> new DocumentView(d, file.pronouncedOn(d).orElse(null), file.services()
				.stream()
				.filter(s -> s.documentId().equals(d.id()))
				.map(s -> service(file, s))
				.toList()))
			.toList();
	}

	public boolean forParties() {
		return document.visibility() == Audience.PARTIES;
	}

	private static Service service(CaseFile file, ServiceRecord s) {
		String name = file.parties()
			.stream()
			.filter(p -> p.seq() == s.partySeq())
			.map(CaseParty::name)
			.findFirst()
			.orElse("#" + s.partySeq());
		return new Service(s.partySeq(), name, s.method(), s.countedOn());
	}

	static Optional<DocumentView> find(List<DocumentView> views, java.util.UUID id) {
		return views.stream().filter(v -> v.document().id().equals(id)).findFirst();
	}
}
