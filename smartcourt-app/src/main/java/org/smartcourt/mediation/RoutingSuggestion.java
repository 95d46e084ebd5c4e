package org.smartcourt.mediation;

import java.util.List;

/**
 * The router's suggestion: the track, and the procedure the case would take in court (the same unless the track is
 * 诉前调解, where it is the procedure if mediation fails), each reason with its citation.
 *
 * @param wageNote the wage figure used and how sure it is, shown wherever the figure is used; {@literal null} when
 *        no figure was needed.
 * @param wageUnverified whether the figure still has to be checked against the official publication.
 */
public record RoutingSuggestion(Track track, Track procedure, List<RoutingReason> reasons, String wageNote,
		boolean wageUnverified) {

	public RoutingSuggestion {
		reasons = List.copyOf(reasons);
	}
}
