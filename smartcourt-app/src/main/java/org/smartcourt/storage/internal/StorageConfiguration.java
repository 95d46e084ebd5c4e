package org.smartcourt.storage.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.smartcourt.storage.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link FileStore}: {@code smartcourt.storage.backend} {@code local} (disk under {@code smartcourt.storage.root})
 * or {@code s3} (an S3-compatible bucket, {@code smartcourt.storage.s3.*}); either way files up to
 * {@code smartcourt.storage.max-size} (the multipart limits in application.yml follow the same setting), checked by
 * the virus scanner {@code smartcourt.storage.antivirus} ({@code none} or {@code clamav}).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	UploadValidation uploadValidation(@Value("${smartcourt.storage.max-size:100MB}") DataSize maxSize,
			@Value("${smartcourt.storage.antivirus:none}") String antivirus,
			@Value("${smartcourt.storage.clamav.host:localhost}") String clamavHost,
			@Value("${smartcourt.storage.clamav.port:3310}") int clamavPort,
			@Value("${smartcourt.storage.clamav.timeout:30s}") Duration clamavTimeout) {
		VirusScanner scanner = switch (antivirus) {
			case "none" -> VirusScanner.NONE;
			case "clamav" -> new ClamavScanner(clamavHost, clamavPort, clamavTimeout);
			default -> throw new IllegalStateException(
					"smartcourt.storage.antivirus must be none or clamav, not " + antivirus);
		};
		return new UploadValidation(maxSize, scanner);
	}

	@Bean
	FileCatalogue fileCatalogue(StoredFileRepository files, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		return new FileCatalogue(files, clock, events, new TransactionTemplate(transactions));
	}

	@Bean
	FileStore fileStore(@Value("${smartcourt.storage.backend:local}") String backend,
			@Value("${smartcourt.storage.root:./data/files}") Path root, UploadValidation validation,
			FileCatalogue catalogue, S3Settings s3) {
		return switch (backend) {
			case "local" -> new LocalFileStore(root, validation, catalogue);
			case "s3" -> new S3FileStore(s3.client(), s3.bucket(), s3.temporaryDirectory(root), validation,
					catalogue);
			default -> throw new IllegalStateException("smartcourt.storage.backend must be local or s3, not " + backend);
		};
	}

	@Bean
	S3Settings s3Settings(@Value("${smartcourt.storage.s3.endpoint:}") String endpoint,
			@Value("${smartcourt.storage.s3.bucket:}") String bucket,
			@Value("${smartcourt.storage.s3.region:us-east-1}") String region,
			@Value("${smartcourt.storage.s3.access-key:}") String accessKey,
			@Value("${smartcourt.storage.s3.secret-key:}") String secretKey,
			@Value("${smartcourt.storage.s3.temp-directory:}") String temporaryDirectory) {
		return new S3Settings(endpoint, bucket, region, accessKey, secretKey, temporaryDirectory);
	}

	/**
	 * Where the S3 store is. Path-style access ({@code endpoint/bucket/key}), as MinIO and most on-premises object
	 * stores expect; checksums only where S3 requires them, since every object is verified by its SHA-256 anyway.
	 *
	 * @param temporaryDirectory where uploads are received and checked before the PUT; empty means
	 *        {@code <root>/.incoming}.
	 */
	record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey,
			String temporaryDirectory) {

		S3Client client() {
			if (bucket.isBlank()) {
				throw new IllegalStateException("smartcourt.storage.backend=s3 needs smartcourt.storage.s3.bucket");
			}
			var builder = S3Client.builder()
				.region(Region.of(region))
				.forcePathStyle(true)
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
			if (!endpoint.isBlank()) {
				builder.endpointOverride(URI.create(endpoint));
			}
			if (!accessKey.isBlank()) {
				builder.credentialsProvider(
						StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
			}
			return builder.build();
		}

		Path temporaryDirectory(Path root) {
			return temporaryDirectory.isBlank() ? root.resolve(".incoming") : Path.of(temporaryDirectory);
		}
	}
}
