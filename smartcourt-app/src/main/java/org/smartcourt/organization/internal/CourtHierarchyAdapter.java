package org.smartcourt.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Component;

/** {@link CourtHierarchy} from the court table's parent links. */
@Component
class CourtHierarchyAdapter implements CourtHierarchy {

	private final Courts courts;

	CourtHierarchyAdapter(Courts courts) {
		this.courts = courts;
	}

	@Override
	public Set<CourtId> subtree(CourtId root) {
		List<Courts.CourtSummary> all = courts.all();
		List<CourtId> result = new ArrayList<>(List.of(root));
		for (int i = 0; i < result.size(); i++) {
			CourtId parent = result.get(i);
			all.stream().filter(c -> parent.equals(c.parent())).forEach(c -> result.add(c.id()));
		}
		return new LinkedHashSet<>(result);
	}

	@Override
	public boolean isTop(CourtId court) {
		return courts.find(court).map(c -> c.parent() == null).orElse(false);
	}
}
