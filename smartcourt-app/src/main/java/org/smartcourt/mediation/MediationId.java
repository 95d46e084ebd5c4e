package org.smartcourt.mediation;

import java.util.Objects;
import java.util.UUID;

/** The id of a mediation. */
public record MediationId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

	public MediationId {
		Objects.requireNonNull(value, "mediation id");
	}

	public static MediationId random() {
		return new MediationId(UUID.randomUUID());
	}

	public static MediationId of(String text) {
		return new MediationId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
