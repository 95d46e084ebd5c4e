package org.smartcourt.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.smartcourt.shared.ReferenceDataVersions;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the 知识库 from {@code reference/hotline/knowledge.csv} when its version is new. Entries are added by code
 * and never overwritten: once seeded, an entry belongs to the agents who edit it.
 */
@Component
class KnowledgeLoader implements ApplicationRunner {

	static final String DATASET = "hotline-knowledge";
	private static final String COLUMNS = "code,topic,title,keywords,body,source";

	private final JdbcClient jdbc;
	private final ReferenceDataVersions versions;
	private final Resource file;
	private final Clock clock;

	KnowledgeLoader(JdbcClient jdbc, ReferenceDataVersions versions, Clock clock,
			@Value("${smartcourt.hotline.knowledge-file:classpath:reference/hotline/knowledge.csv}") Resource file) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.clock = clock;
		this.file = file;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ReferenceFile seed = ReferenceFile.read(file, COLUMNS);
		versions.loadIfNew(DATASET, seed.version(), file.getDescription(), () -> seed.rows().forEach(this::add));
	}

	private void add(ReferenceFile.Row row) {
		if (!KnowledgeBase.TOPICS.contains(row.get(1))) {
			throw new IllegalStateException("unknown topic on line " + row.line() + ": " + row.text());
		}
		jdbc.sql("""
				insert into hotline_knowledge (id, code, topic, title, keywords, body, source, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'reference') on conflict (code) do nothing""")
			.params(UUID.randomUUID(), row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5),
					Timestamp.from(clock.instant()))
			.update();
	}
}
