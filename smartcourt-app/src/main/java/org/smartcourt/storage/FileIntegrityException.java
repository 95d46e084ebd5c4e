package org.smartcourt.storage;

import java.io.IOException;

/** A stored file's bytes no longer hash to its SHA-256: it was altered or damaged on disk (文件完整性校验失败). */
public class FileIntegrityException extends IOException {

	private final String sha256;

	public FileIntegrityException(String sha256, String actual) {
		super("stored file " + sha256 + " failed its integrity check (content hashes to " + actual + ")");
		this.sha256 = sha256;
	}

	public String sha256() {
		return sha256;
	}
}
