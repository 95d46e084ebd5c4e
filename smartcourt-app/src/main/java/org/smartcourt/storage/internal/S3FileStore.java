package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link FileStore} on S3-compatible object storage (MinIO, Ceph RGW, a cloud's OSS) for deployments with several
 * nodes: the content of a file is the object {@code sha256/<2 hex>/<next 2 hex>/<sha256>} in one bucket, its metadata
 * in {@code stored_file} as for the local store, and the same {@link UploadValidation} decides what is accepted.
 * <p>
 * An upload is received and checked in a local temporary directory, then stored with one PUT unless a HEAD finds the
 * object already there with the same length (content addressing makes that the same bytes; a damaged copy is found
 * by reading, which verifies the hash, and by {@link StorageScrub}). Objects are written whole: S3 has no partial
 * objects, so a reader never sees half a file.
 */
class S3FileStore implements FileStore, AutoCloseable {

	private final S3Client s3;
	private final String bucket;
	private final Path temporary;
	private final UploadValidation validation;
	private final FileCatalogue catalogue;

	S3FileStore(S3Client s3, String bucket, Path temporary, UploadValidation validation, FileCatalogue catalogue) {
		this.s3 = s3;
		this.bucket = bucket;
		this.temporary = temporary.toAbsolutePath().normalize();
		this.validation = validation;
		this.catalogue = catalogue;
	}

	/** Does not close {@code content}: whoever opened it does. */
	@Override
	public StoredFile store(String field, String originalName, InputStream content, Set<DocumentType> allowed) {
		try {
			Path temp = Files.createTempFile(Files.createDirectories(temporary), "upload-", ".part");
			try {
				ValidUpload upload = validation.accept(field, content, temp, allowed);
				if (!alreadyStored(upload)) {
					s3.putObject(put -> put.bucket(bucket)
						.key(keyOf(upload.sha256()))
						.contentLength(upload.size())
						.contentType(upload.type().mediaType())
						.metadata(Map.of("sha256", upload.sha256().hex(), "sm3", upload.sm3())),
							RequestBody.fromFile(temp));
				}
				return catalogue.register(upload, originalName);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store file", ex);
		}
		catch (SdkException ex) {
			throw new UncheckedIOException("could not store file in bucket " + bucket, new IOException(ex));
		}
	}

	@Override
	public Optional<InputStream> open(String sha256) {
		if (!Sha256.isValid(sha256)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new VerifyingInputStream(
					s3.getObject(get -> get.bucket(bucket).key(keyOf(new Sha256(sha256)))), sha256));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw new UncheckedIOException("could not open stored file " + sha256, new IOException(ex));
		}
	}

	@Override
	public Optional<StoredFile> find(String sha256) {
		return catalogue.find(sha256);
	}

	/** Releases the client's connection pool when the application stops. */
	@Override
	public void close() {
		s3.close();
	}

	private boolean alreadyStored(ValidUpload upload) {
		try {
			HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(keyOf(upload.sha256())));
			String recorded = head.metadata().get("sha256");
			return head.contentLength() != null && head.contentLength() == upload.size()
					&& (recorded == null || recorded.equals(upload.sha256().hex()));
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	/** Two levels of two hex digits, so listings and per-prefix request rates spread evenly. */
	static String keyOf(Sha256 sha256) {
		String hex = sha256.hex();
		return "sha256/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
	}
}
