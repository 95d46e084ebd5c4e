package org.smartcourt.supervision.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloads of the 审判质效 exports, named in Chinese (RFC 6266 filename*). */
final class SupervisionFiles {

	/** At most this many cases in one exported list (a province's year of closings would not open in Excel). */
	static final int MAX_ROWS = 50_000;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private SupervisionFiles() {
	}

	static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
		return file(name, XLSX, body);
	}

	static ResponseEntity<byte[]> pdf(String name, byte[] body) {
		return file(name, MediaType.APPLICATION_PDF, body);
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}
}
