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

	/**
	 * The cause and the causes above it, from its 部分 (first level) down to the cause itself: the breadcrumb
	 * {@code 合同、准合同纠纷 › 合同纠纷 › 借款合同纠纷 › 民间借贷纠纷}. Empty for an unknown code.
	 */
	List<CauseOfAction> path(String code);
}
