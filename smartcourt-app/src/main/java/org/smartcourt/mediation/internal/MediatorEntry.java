package org.smartcourt.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.mediation.Specialty;

/**
 * 特邀调解员 on a court's roster.
 *
 * @param organizationId the 特邀调解组织 the mediator works for, or {@literal null} for an individual mediator.
 * @param username the platform account the mediator signs in with, or {@literal null}.
 * @param onLeaveUntil unavailable up to and including this day, or {@literal null}.
 */
public record MediatorEntry(UUID id, String courtId, UUID organizationId, String organizationName, String name,
		String username, List<Specialty> specialties, boolean active, LocalDate onLeaveUntil) {

	public MediatorEntry {
		specialties = List.copyOf(specialties);
	}

	/** Active and not on leave on {@code day}: may be designated. */
	public boolean availableOn(LocalDate day) {
		return active && (onLeaveUntil == null || onLeaveUntil.isBefore(day));
	}
}
