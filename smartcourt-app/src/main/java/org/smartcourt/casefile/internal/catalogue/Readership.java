package org.smartcourt.casefile.internal.catalogue;

import java.util.Set;
import java.util.UUID;

/**
 * What a reader of a case file may see; the one rule every query of the catalogue applies. The court (the case team,
 * presidents and division heads) sees both volumes. Parties and their lawyers see 正卷 material meant for them, and of
 * 诉讼文书 only those delivered to them ({@code deliveredDocuments}); never 副卷, whatever the route.
 */
public record Readership(boolean court, Set<UUID> deliveredDocuments) {

	public Readership {
		deliveredDocuments = Set.copyOf(deliveredDocuments);
	}

	public static Readership courtStaff() {
		return new Readership(true, Set.of());
	}

	public static Readership parties(Set<UUID> deliveredDocuments) {
		return new Readership(false, deliveredDocuments);
	}

	/** The same rule in memory, for tests and checks: must agree with the SQL in {@link MaterialRepository}. */
	public boolean sees(CaseMaterial m) {
		if (court) {
			return true;
		}
		return m.volume() == Volume.MAIN && m.partyVisible()
				&& (m.source() != MaterialSource.DOCUMENT || deliveredDocuments.contains(UUID.fromString(m.sourceRef())));
	}
}
