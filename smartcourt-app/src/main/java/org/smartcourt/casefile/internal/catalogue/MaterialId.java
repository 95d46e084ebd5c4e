package org.smartcourt.casefile.internal.catalogue;

import java.util.UUID;

/** Identifies a material of a case file. */
public record MaterialId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
