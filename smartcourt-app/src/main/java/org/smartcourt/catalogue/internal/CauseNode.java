package org.smartcourt.catalogue.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.smartcourt.catalogue.CauseOfAction;

/**
 * A cause of action as the catalogue screens and API show it: with its path from the 部分 down (the breadcrumb) and
 * how sure the reference data is of it.
 *
 * @param path from the first level down to {@code cause} itself.
 */
public record CauseNode(CauseOfAction cause, List<CauseOfAction> path, CauseConfidence confidence) {

	public CauseNode {
		path = List.copyOf(path);
	}

	/** The path as one line, e.g. {@code 合同、准合同纠纷 › 合同纠纷 › 借款合同纠纷 › 民间借贷纠纷}. */
	public String pathText() {
		return path.stream().map(CauseOfAction::name).collect(Collectors.joining(" › "));
	}

	/** Whether the UI should mark the cause as still to be checked against the official text. */
	public boolean unconfirmed() {
		return confidence != CauseConfidence.HIGH;
	}
}
