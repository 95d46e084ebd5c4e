package org.smartcourt.bench.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/** Placeholder, replaced below. */
final class ReferenceRunner {

	ReferenceRunner(DataSource db, String jdbcUrl, Duration seconds) {
	}

	Map<String, Object> run() {
		return new LinkedHashMap<>();
	}
}
