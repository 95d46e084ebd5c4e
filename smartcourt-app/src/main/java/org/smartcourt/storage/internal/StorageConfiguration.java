package org.smartcourt.storage.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.smartcourt.storage.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The {@link FileStore}: local disk under {@code smartcourt.storage.root}, files up to
 * {@code smartcourt.storage.max-size} (the multipart limits in application.yml follow the same setting).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	FileStore fileStore(@Value("${smartcourt.storage.root:./data/files}") Path root,
			@Value("${smartcourt.storage.max-size:20MB}") DataSize maxSize, StoredFileRepository files, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		return new LocalFileStore(root, maxSize, files, clock, events, new TransactionTemplate(transactions));
	}
}
