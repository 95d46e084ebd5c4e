package org.smartcourt.audit;

import java.util.List;

/**
 * Who in the court accessed a record (材料查阅记录), read from the audit log, so that parties can see it: one of our
 * transparency promises. Only successful reads, views and downloads ({@code *.read}, {@code *.view},
 * {@code *.download}) by staff roles are listed; the caller decides who may see them.
 */
public interface AccessHistory {

	/** The most recent successful staff accesses to {@code targetType}/{@code targetId}, newest first. */
	List<StaffAccess> staffAccessesTo(String targetType, String targetId, int limit);
}
