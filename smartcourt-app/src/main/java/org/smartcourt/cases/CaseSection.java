package org.smartcourt.cases;

import java.util.Map;

import org.smartcourt.shared.Actor;

/**
 * A part of the case page that another module contributes (hearings, 审限, documents…), so the case page does not
 * depend on them. Implementations are Spring beans; the page shows those that return a model.
 */
public interface CaseSection {

	/** Place on the page, smaller first. */
	int order();

	/**
	 * The Thymeleaf template holding a fragment named {@code section} that renders the model under {@code s}, e.g.
	 * {@code hearings/case-section}.
	 */
	String template();

	/**
	 * The model for this viewer, or an empty map to leave the section out. Must respect {@code level}: a party
	 * must never be shown court-only facts.
	 */
	Map<String, Object> model(CaseOverview overview, Actor viewer, Audience level);
}
