package org.smartcourt.casefile.web.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.smartcourt.casefile.internal.catalogue.MaterialContent;
import org.smartcourt.casefile.internal.export.VolumeExport;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;

/** A material's file and an exported volume as HTTP responses; the same for the API and the pages. */
final class FileResponses {

	private FileResponses() {
	}

	static ResponseEntity<InputStreamResource> material(MaterialContent content, boolean inline) {
		String name = content.file().originalName() == null ? content.material().title()
				: content.file().originalName();
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().type().mediaType()))
			.contentLength(content.file().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(content.content()));
	}

	/** Streams the volume; the job was checked and audited when prepared. */
	static void volume(VolumeExport.Job job, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(job.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		job.writeTo(response.getOutputStream());
		response.flushBuffer();
	}
}
