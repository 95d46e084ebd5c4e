package org.smartcourt.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileIntegrityException;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** The local store on a real disk and database: checks, deduplication, the size limit and the integrity check. */
@IntegrationTest
class LocalFileStoreTests {

	private static final Set<DocumentType> DOCUMENTS = EnumSet.of(DocumentType.PDF, DocumentType.OFD,
			DocumentType.JPEG, DocumentType.PNG);

	@TempDir
	Path root;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	FileStore configured;

	@Autowired
	MessageSource messages;

	private LocalFileStore store(DataSize maxSize) {
		return new LocalFileStore(root, maxSize, new StoredFileRepository(jdbc), clock);
	}

	private static InputStream bytes(byte[] content) {
		return new ByteArrayInputStream(content);
	}

	/** Unique content for each test run: the database outlives the temporary directory. */
	private static byte[] uniquePng() {
		byte[] header = Samples.png();
		byte[] marker = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] content = java.util.Arrays.copyOf(header, header.length + marker.length);
		System.arraycopy(marker, 0, content, header.length, marker.length);
		return content;
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	@Test
	void storesByContentUnderTheHashsFirstTwoDigits() throws Exception {
		byte[] content = uniquePng();
		StoredFile file = store(DataSize.ofMegabytes(1)).store("evidence", "C:\\fakepath\\现场照片.png", bytes(content),
				DOCUMENTS);

		String sha = sha256(content);
		assertThat(file).isEqualTo(new StoredFile(sha, content.length, DocumentType.PNG, "现场照片.png"));
		assertThat(root.resolve(sha.substring(0, 2)).resolve(sha)).hasBinaryContent(content);
		assertThat(root.resolve(".incoming")).as("no temporary file is left behind").isEmptyDirectory();
		assertThat(store(DataSize.ofMegabytes(1)).find(sha)).contains(file);
		try (InputStream in = store(DataSize.ofMegabytes(1)).open(sha).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void storingTheSameBytesTwiceKeepsOneCopyAndTheFirstName() throws Exception {
		byte[] content = uniquePng();
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		StoredFile first = store.store("evidence", "first.png", bytes(content), DOCUMENTS);
		StoredFile second = store.store("evidence", "second.png", bytes(content), DOCUMENTS);

		assertThat(second.sha256()).isEqualTo(first.sha256());
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
		assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(first.sha256())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(store.find(first.sha256()).orElseThrow().originalName()).isEqualTo("first.png");
	}

	@Test
	void refusesAFileOverTheLimitAndKeepsNothing() {
		LocalFileStore store = store(DataSize.ofKilobytes(1));
		byte[] content = java.util.Arrays.copyOf(Samples.pdf(), 1025);
		assertThatThrownBy(() -> store.store("complaint", "big.pdf", bytes(content), DOCUMENTS))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("invalid-file");
				assertThat(ex.fieldProblems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("complaint");
					assertThat(p.code()).isEqualTo("too-large");
					assertThat(p.args()).containsExactly("1 KB");
				});
			});
		assertThat(root.resolve(".incoming")).isEmptyDirectory();
	}

	@Test
	void theDefaultLimitIsAHundredMegabytes() throws Exception {
		String yaml = new String(new org.springframework.core.io.ClassPathResource("application.yml").getInputStream()
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(yaml).contains("max-size: ${SMARTCOURT_STORAGE_MAX_SIZE:100MB}");
	}

	@Test
	void theConfiguredLimitApplies() {
		InputStream endless = new InputStream() {
			private long left = DataSize.ofMegabytes(20).toBytes() + 1;

			@Override
			public int read() {
				return left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				left -= n;
				return n;
			}
		};
		assertThatThrownBy(() -> configured.store("complaint", "big.pdf", endless, DOCUMENTS))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.singleElement()
				.satisfies(p -> assertThat(p.args()).containsExactly("20 MB")));
	}

	@Test
	void aRenamedFileIsTypedByItsContentNotItsName() throws Exception {
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		assertRefused(() -> store.store("f", "起诉状.pdf", bytes(Samples.exe()), DOCUMENTS), "unsupported-type");
		assertRefused(() -> store.store("f", "答辩状.docx", bytes(Samples.xlsx()), EnumSet.of(DocumentType.DOCX)),
				"unsupported-type");
		assertRefused(() -> store.store("f", "证据.pdf", bytes(uniquePng()), EnumSet.of(DocumentType.PDF)),
				"unsupported-type");
		StoredFile png = store.store("f", "证据.docx", bytes(uniquePng()),
				EnumSet.of(DocumentType.DOCX, DocumentType.PNG));
		assertThat(png.type()).isEqualTo(DocumentType.PNG);
		assertThat(png.originalName()).isEqualTo("证据.docx");
	}

	@Test
	void refusesEmptyUnsupportedEncryptedAndCorruptFilesWithTheirReason() {
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		assertRefused(() -> store.store("f", "a.pdf", bytes(new byte[0]), DOCUMENTS), "empty");
		assertRefused(() -> store.store("f", "a.pdf", bytes(Samples.text()), DOCUMENTS), "unsupported-type");
		assertRefused(() -> store.store("f", "a.docx", bytes(Samples.docx()), DOCUMENTS), "unsupported-type");
		assertRefused(() -> store.store("f", "a.pdf", bytes(Samples.encryptedPdf()), DOCUMENTS), "encrypted-pdf");
		assertRefused(() -> store.store("f", "a.pdf", bytes(Samples.truncatedPdf()), DOCUMENTS), "corrupt-pdf");
		assertThat(root.resolve(".incoming")).isEmptyDirectory();
	}

	@Test
	void theUnsupportedTypeMessageNamesWhatIsAccepted() {
		assertThatThrownBy(() -> store(DataSize.ofMegabytes(1)).store("f", "a.mp3", bytes(Samples.mp3Frame()),
				EnumSet.of(DocumentType.PNG, DocumentType.PDF, DocumentType.JPEG, DocumentType.OFD)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.fieldProblems().get(0).args()).containsExactly("PDF、OFD、JPG、PNG"));
	}

	@Test
	void eachRefusalReadsAsAChineseSentence() {
		assertThat(text(FileRejection.TOO_LARGE.on("f", "20 MB"))).isEqualTo("文件过大（上限 20 MB）");
		assertThat(text(FileRejection.UNSUPPORTED_TYPE.on("f", "PDF、OFD、JPG、PNG")))
			.isEqualTo("文件类型不受支持：仅接受 PDF、OFD、JPG、PNG");
		assertThat(text(FileRejection.EMPTY.on("f"))).isEqualTo("文件为空");
		assertThat(text(FileRejection.ENCRYPTED_PDF.on("f"))).startsWith("PDF 文件已加密");
		assertThat(text(FileRejection.CORRUPT_PDF.on("f"))).startsWith("PDF 文件已损坏");
		assertThat(text(FileRejection.INFECTED.on("f", "Eicar-Test-Signature")))
			.isEqualTo("文件含有病毒或恶意代码（Eicar-Test-Signature），已拒收，请查杀后重新提交");
		assertThat(text(FileRejection.SCAN_FAILED.on("f"))).startsWith("暂时无法完成病毒检查");
		assertThat(messages.getMessage("problem.invalid-file.title", null, Locale.CHINA)).isEqualTo("文件不符合要求");
	}

	private String text(DomainException ex) {
		DomainException.FieldProblem problem = ex.fieldProblems().get(0);
		return messages.getMessage(problem.messageKey(), problem.args().toArray(), Locale.CHINA);
	}

	@Test
	void readingAFileAlteredOnDiskFailsAtTheEnd() throws Exception {
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		StoredFile file = store.store("evidence", "photo.png", bytes(uniquePng()), DOCUMENTS);
		Path onDisk = root.resolve(file.sha256().substring(0, 2)).resolve(file.sha256());
		byte[] altered = Files.readAllBytes(onDisk);
		altered[altered.length - 1] ^= 1;
		Files.write(onDisk, altered);

		try (InputStream in = store.open(file.sha256()).orElseThrow()) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(FileIntegrityException.class)
				.hasMessageContaining(file.sha256());
		}
	}

	@Test
	void storingTheContentAgainRepairsADamagedCopy() throws Exception {
		byte[] content = uniquePng();
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		StoredFile file = store.store("evidence", "photo.png", bytes(content), DOCUMENTS);
		Path onDisk = root.resolve(file.sha256().substring(0, 2)).resolve(file.sha256());
		byte[] altered = content.clone();
		altered[altered.length - 1] ^= 1;
		Files.write(onDisk, altered);

		store.store("evidence", "photo.png", bytes(content), DOCUMENTS);
		assertThat(onDisk).hasBinaryContent(content);
	}

	@Test
	void opensNothingForUnknownOrMalformedHashes() {
		LocalFileStore store = store(DataSize.ofMegabytes(1));
		assertThat(store.open("0".repeat(64))).isEmpty();
		assertThat(store.open("../../etc/passwd")).isEmpty();
		assertThat(store.open("A".repeat(64))).isEmpty();
		assertThat(store.find("0".repeat(64))).isEmpty();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
			assertThat(ex.fieldProblems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(code));
		});
	}
}
