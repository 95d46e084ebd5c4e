package org.smartcourt.service.web;

import java.nio.charset.StandardCharsets;

import org.smartcourt.service.internal.RecipientActions;
import org.smartcourt.service.internal.ServiceCertificates;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A served document or a certificate as an HTTP download, for the API and the pages alike. */
final class PdfResponses {

	private PdfResponses() {
	}

	static ResponseEntity<InputStreamResource> document(RecipientActions.DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(file.title() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	static ResponseEntity<byte[]> certificate(ServiceCertificates.Certificate certificate) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("电子送达凭证.pdf", StandardCharsets.UTF_8).build().toString())
			.header("X-File-Sha256", certificate.sha256());
		certificate.ledgerIndex().ifPresent(index -> ok.header("X-Ledger-Index", index.toString()));
		return ok.body(certificate.pdf());
	}
}
