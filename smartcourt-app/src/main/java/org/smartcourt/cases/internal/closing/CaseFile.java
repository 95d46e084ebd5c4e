package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.CaseParty;

/**
 * What the electronic case file (电子卷宗) holds for closing and archiving: the documents, their service and
 * pronouncements, and the parties they must reach. Pure: it reads nothing from the database.
 *
 * @param parties the case's parties and agents; a service on an agent counts for the party it represents.
 */
public record CaseFile(List<CaseDocument> documents, List<ServiceRecord> services,
		List<Pronouncement> pronouncements, List<CaseParty> parties) {

	public CaseFile {
		documents = List.copyOf(documents);
		services = List.copyOf(services);
		pronouncements = List.copyOf(pronouncements);
		parties = List.copyOf(parties);
	}

	/** The last recorded document of {@code kind}, the one that counts when a document was issued again. */
	public Optional<CaseDocument> latest(DocumentKind kind) {
		return documents.stream()
			.filter(d -> d.kind() == kind)
			.max(Comparator.comparing(CaseDocument::recordedAt));
	}

	public Optional<LocalDate> pronouncedOn(CaseDocument document) {
		return pronouncements.stream()
			.filter(p -> p.documentId().equals(document.id()))
			.map(Pronouncement::pronouncedOn)
			.min(Comparator.naturalOrder());
	}

	/**
	 * The day {@code document} reached {@code party}: of several services on the party or its agents the earliest
	 * counts (在线诉讼规则 art. 31 para. 3 for several channels).
	 */
	public Optional<LocalDate> reached(CaseDocument document, CaseParty party) {
		return services.stream()
			.filter(s -> s.documentId().equals(document.id()))
			.filter(s -> s.partySeq() == party.seq() || parties.stream()
				.anyMatch(a -> a.agent() && a.seq() == s.partySeq() && Integer.valueOf(party.seq()).equals(a.represents())))
			.map(ServiceRecord::countedOn)
			.min(Comparator.naturalOrder());
	}

	/** The parties (not agents) {@code document} has not reached yet. */
	public List<CaseParty> unservedParties(CaseDocument document) {
		return partiesOnly().stream().filter(p -> reached(document, p).isEmpty()).toList();
	}

	/** The day {@code document} reached the last party, once it has reached them all. */
	public Optional<LocalDate> reachedLastPartyOn(CaseDocument document) {
		List<CaseParty> all = partiesOnly();
		if (all.isEmpty() || !unservedParties(document).isEmpty()) {
			return Optional.empty();
		}
		return all.stream().map(p -> reached(document, p).orElseThrow()).max(Comparator.naturalOrder());
	}

	private List<CaseParty> partiesOnly() {
		return parties.stream().filter(p -> !p.agent()).toList();
	}
}
