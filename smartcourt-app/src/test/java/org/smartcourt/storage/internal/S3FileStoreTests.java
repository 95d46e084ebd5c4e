package org.smartcourt.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileIntegrityException;
import org.smartcourt.storage.StoredFile;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/** The S3 store against a fake S3 endpoint, with its metadata in the real database. */
@IntegrationTest
class S3FileStoreTests {

	private static final Set<DocumentType> DOCUMENTS = EnumSet.of(DocumentType.PDF, DocumentType.PNG);

	@TempDir
	Path temp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private FakeS3 s3;
	private S3FileStore store;

	@BeforeEach
	void start() throws Exception {
		s3 = new FakeS3();
		var settings = new StorageConfiguration.S3Settings(s3.endpoint(), "court-files", "us-east-1", "test-key",
				"test-secret", temp.toString());
		store = new S3FileStore(settings.client(), settings.bucket(), temp,
				new UploadValidation(DataSize.ofMegabytes(1), VirusScanner.NONE),
				new FileCatalogue(new StoredFileRepository(jdbc), clock, event -> {
				}, TransactionOperations.withoutTransaction()));
	}

	@AfterEach
	void stop() {
		store.close();
		s3.close();
	}

	private static byte[] uniquePng() {
		byte[] header = Samples.png();
		byte[] marker = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		byte[] content = java.util.Arrays.copyOf(header, header.length + marker.length);
		System.arraycopy(marker, 0, content, header.length, marker.length);
		return content;
	}

	private static String objectPath(String sha256) {
		return "/court-files/sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	@Test
	void storesUnderAContentAddressedKeyAndReadsItBackVerified() throws Exception {
		byte[] content = uniquePng();
		StoredFile file = store.store("evidence", "现场照片.png", new ByteArrayInputStream(content), DOCUMENTS);

		assertThat(file.type()).isEqualTo(DocumentType.PNG);
		assertThat(s3.objects).containsOnlyKeys(objectPath(file.sha256()));
		assertThat(s3.objects.get(objectPath(file.sha256()))).isEqualTo(content);
		assertThat(store.find(file.sha256())).contains(file);
		try (InputStream in = store.open(file.sha256()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		try (var left = Files.list(temp)) {
			assertThat(left).as("no temporary file is left behind").isEmpty();
		}
	}

	@Test
	void storingTheSameBytesAgainMakesNoSecondPut() {
		byte[] content = uniquePng();
		StoredFile first = store.store("evidence", "first.png", new ByteArrayInputStream(content), DOCUMENTS);
		StoredFile second = store.store("evidence", "second.png", new ByteArrayInputStream(content), DOCUMENTS);

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(s3.puts()).isEqualTo(1);
		assertThat(s3.requests).containsSubsequence("HEAD " + objectPath(first.sha256()),
				"PUT " + objectPath(first.sha256()), "HEAD " + objectPath(first.sha256()));
		assertThat(store.find(first.sha256()).orElseThrow().originalName()).isEqualTo("first.png");
	}

	@Test
	void readingAnObjectAlteredInTheBucketFailsLoudly() throws Exception {
		StoredFile file = store.store("evidence", "photo.png", new ByteArrayInputStream(uniquePng()), DOCUMENTS);
		s3.objects.get(objectPath(file.sha256()))[20] ^= 1;

		try (InputStream in = store.open(file.sha256()).orElseThrow()) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(FileIntegrityException.class)
				.hasMessageContaining(file.sha256());
		}
	}

	@Test
	void theSameChecksRefuseFilesAndNothingReachesTheBucket() {
		assertThatThrownBy(() -> store.store("f", "起诉状.pdf", new ByteArrayInputStream(Samples.exe()), DOCUMENTS))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems()).singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo("unsupported-type")));
		assertThatThrownBy(() -> store.store("f", "a.pdf", new ByteArrayInputStream(Samples.encryptedPdf()),
				DOCUMENTS))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems()).singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo("encrypted-pdf")));
		assertThat(s3.requests).isEmpty();
	}

	@Test
	void opensNothingForAnUnknownOrMalformedHash() {
		assertThat(store.open("0".repeat(64))).isEmpty();
		assertThat(store.open("../../etc/passwd")).isEmpty();
	}
}
