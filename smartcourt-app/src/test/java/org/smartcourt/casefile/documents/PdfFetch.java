package org.smartcourt.casefile.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Downloads a PDF with a bearer token and reads its text layer back, as a reader of the document would. */
final class PdfFetch {

	/** A PDF answer: status, content type and the bytes. */
	record Answer(int status, String contentType, byte[] body) {
		/** The text layer, without the spaces and ideographic spaces that layout puts between characters. */
		String text() throws IOException {
			try (PDDocument document = Loader.loadPDF(body)) {
				return new PDFTextStripper().getText(document).replaceAll("[ \\u3000]", "");
			}
		}
	}

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final String base;

	PdfFetch(int port) {
		this.base = "http://localhost:" + port;
	}

	Answer get(String path, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/pdf, application/problem+json")
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
