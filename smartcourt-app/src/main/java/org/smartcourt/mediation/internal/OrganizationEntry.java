package org.smartcourt.mediation.internal;

import java.util.List;
import java.util.UUID;

import org.smartcourt.mediation.Specialty;

/** 特邀调解组织 on a court's roster. */
public record OrganizationEntry(UUID id, String courtId, String name, List<Specialty> specialties, boolean active) {

	public OrganizationEntry {
		specialties = List.copyOf(specialties);
	}
}
