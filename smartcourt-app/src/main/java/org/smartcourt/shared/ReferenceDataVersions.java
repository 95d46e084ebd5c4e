package org.smartcourt.shared;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which version of each reference data set (courts, case types, causes, holidays…) is loaded. A loader calls
 * {@link #loadIfNew} at start-up: the data set's row is locked first, so a second app node starting at the same time
 * waits and then finds the version already loaded instead of loading it twice.
 */
@Component
public class ReferenceDataVersions {

	private static final int SOURCE_MAX = 300;

	private final JdbcClient jdbc;
	private final Clock clock;

	ReferenceDataVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs {@code load} when {@code version} is not the one loaded for {@code dataset}, then records it, all in the
	 * caller's transaction.
	 *
	 * @return whether it loaded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean loadIfNew(String dataset, String version, String source, Runnable load) {
		String shortSource = source == null ? "" : source.length() > SOURCE_MAX ? source.substring(0, SOURCE_MAX) : source;
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into reference_data_version (dataset, version, source, loaded_at) values (?, '', ?, ?)
				on conflict (dataset) do nothing""")
			.params(dataset, shortSource, now)
			.update();
		String loaded = jdbc.sql("select version from reference_data_version where dataset = ? for update")
			.param(dataset)
			.query(String.class)
			.single();
		if (version.equals(loaded)) {
			return false;
		}
		load.run();
		jdbc.sql("update reference_data_version set version = ?, source = ?, loaded_at = ? where dataset = ?")
			.params(version, shortSource, now, dataset)
			.update();
		return true;
	}
}
