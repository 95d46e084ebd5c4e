package org.smartcourt.catalogue;

import java.util.List;
import java.util.Optional;

/** The catalogue of causes of action (案由) for civil cases. */
public interface Causes {

	Optional<CauseOfAction> find(String code);

	List<CauseOfAction> roots();

	List<CauseOfAction> children(String parentCode);

	/** Causes whose name contains the text, for a search box; at most {@code limit}. */
	List<CauseOfAction> search(String text, int limit);
}
