package org.smartcourt.cases.internal.closing;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.DeliveredDocuments;
import org.springframework.stereotype.Component;

/** {@link DeliveredDocuments} by the rule of {@link CaseDocuments#visibleDocuments}. */
@Component
class JdbcDeliveredDocuments implements DeliveredDocuments {

	private final Cases cases;
	private final CaseDocuments documents;

	JdbcDeliveredDocuments(Cases cases, CaseDocuments documents) {
		this.cases = cases;
		this.documents = documents;
	}

	@Override
	public Set<UUID> deliveredToParties(CaseId caseId) {
		return cases.find(caseId)
			.map(overview -> documents.visibleDocuments(documents.caseFile(overview), Audience.PARTIES)
				.stream()
				.map(CaseDocument::id)
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}
}
