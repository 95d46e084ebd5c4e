package org.smartcourt.cases.web.closing;

import java.nio.charset.StandardCharsets;

import org.smartcourt.cases.internal.closing.DocumentFile;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's PDF as an HTTP download, named after the document. */
final class DocumentDownload {

	private DocumentDownload() {
	}

	static ResponseEntity<InputStreamResource> of(DocumentFile file) {
		String name = file.document().title() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().type().mediaType()))
			.contentLength(file.file().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}
}
