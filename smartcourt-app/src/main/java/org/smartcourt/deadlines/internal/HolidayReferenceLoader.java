package org.smartcourt.deadlines.internal;

import org.smartcourt.shared.ReferenceDataVersions;
import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.deadlines.CalendarDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the holiday arrangement from {@code smartcourt.deadlines.holidays-file} (by default the bundled file) when its
 * {@code version:} header differs from the loaded one. Days the IT admin corrected are left alone; the years listed
 * under {@code # years:} are marked as covered.
 */
@Component
@Order(5)
class HolidayReferenceLoader implements ApplicationRunner {

	static final String DATASET = "holidays";
	private static final Logger log = LoggerFactory.getLogger(HolidayReferenceLoader.class);

	private final JdbcClient jdbc;
	private final ReferenceDataVersions versions;
	private final Resource file;
	private final Clock clock;

	HolidayReferenceLoader(JdbcClient jdbc, ReferenceDataVersions versions, Clock clock,
			@Value("${smartcourt.deadlines.holidays-file:classpath:reference/deadlines/holidays.csv}") Resource file) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.clock = clock;
		this.file = file;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		HolidayFile data = HolidayFile.read(file);
		if (versions.loadIfNew(DATASET, data.version(), file.getDescription(), () -> load(data))) {
			log.info("Loaded {} holiday calendar days for {}, reference data version {}", data.days().size(),
					data.years(), data.version());
		}
	}

	private void load(HolidayFile data) {
		Timestamp now = Timestamp.from(clock.instant());
		String source = "reference " + data.version();
		for (CalendarDay day : data.days()) {
			jdbc.sql("""
					insert into deadline_calendar_day (day, kind, name, source, reason, changed_by, changed_at)
					values (?, ?, ?, 'REFERENCE', ?, 'system', ?)
					on conflict (day) do update set kind = excluded.kind, name = excluded.name, reason = excluded.reason,
					       changed_at = excluded.changed_at
					where deadline_calendar_day.source = 'REFERENCE'""")
				.params(day.date(), day.kind().name(), day.name(), source, now)
				.update();
		}
		for (Integer year : data.years()) {
			jdbc.sql("""
					insert into deadline_calendar_year (year, source, loaded_at) values (?, ?, ?)
					on conflict (year) do update set source = excluded.source, loaded_at = excluded.loaded_at""")
				.params(year, source, now)
				.update();
		}
	}
}
