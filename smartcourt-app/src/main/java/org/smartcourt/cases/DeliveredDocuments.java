package org.smartcourt.cases;

import java.util.Set;
import java.util.UUID;

/**
 * Which of a case's 诉讼文书 the parties may read: those meant for them ({@link Audience#PARTIES}) that were served on
 * a party or pronounced. Other modules that show documents to parties (the electronic case file) ask here rather
 * than repeat the rule. No access check.
 */
public interface DeliveredDocuments {

	/** The ids of the documents of {@code caseId} delivered to the parties; empty for an unknown case. */
	Set<UUID> deliveredToParties(CaseId caseId);
}
