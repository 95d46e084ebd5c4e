package org.smartcourt.hearings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

/** The court's local time (Asia/Shanghai, from the system {@link Clock}) and its conversion to stored instants. */
@Component
class CourtTime {

	private final Clock clock;

	CourtTime(Clock clock) {
		this.clock = clock;
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	OffsetDateTime stored(LocalDateTime local) {
		return local == null ? null : local.atZone(clock.getZone()).toOffsetDateTime();
	}

	LocalDateTime local(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(clock.getZone()).toLocalDateTime();
	}
}
