package org.smartcourt.ledger.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.ledger.internal.LogReader;
import org.smartcourt.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The static read API of C2SP tlog-tiles under {@code /ledger/}: {@code tile/<L>/<N>[.p/<W>]} (exactly W×32 bytes of
 * hashes) and {@code tile/entries/<N>[.p/<W>]} (the entry bundle). Public, no login: tiles are hashes only and leaves
 * carry no personal data. A partial tile or bundle as of a smaller tree is served by truncating the stored one, as
 * the spec lets clients ask for it as of their checkpoint; resources never change, so they are cached for a year.
 * Entry bundles are gzip-compressed when the client accepts it.
 */
@RestController
@Tag(name = "存证 Ledger")
class TileController {

	private static final String PREFIX = "/ledger/tile/";
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final LogReader reader;

	TileController(LogReader reader) {
		this.reader = reader;
	}

	@GetMapping("/ledger/tile/**")
	@Operation(summary = "C2SP tlog-tiles 瓦片与条目包（公开）")
	ResponseEntity<byte[]> tile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		TilePath tile = TilePath.parse(path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "")
			.orElseThrow(TileController::notFound);
		Optional<byte[]> body = tile.isEntries() ? reader.bundle(tile.index(), tile.width())
				: reader.tile(tile.level(), tile.index(), tile.width());
		byte[] bytes = body.orElseThrow(TileController::notFound);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.cacheControl(IMMUTABLE)
			.contentType(MediaType.APPLICATION_OCTET_STREAM);
		// tlog-tiles: entry bundles should be compressed; tiles are hashes, which do not compress
		if (tile.isEntries()) {
			response.varyBy(HttpHeaders.ACCEPT_ENCODING);
			if (acceptsGzip(request)) {
				return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzip(bytes));
			}
		}
		return response.body(bytes);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && java.util.Arrays.stream(accepted.split(","))
			.map(String::strip)
			.anyMatch(coding -> coding.equals("gzip")
					|| (coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?")));
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static DomainException notFound() {
		return DomainException.notFound("ledger-tile-not-found", "problem.ledger-tile-not-found.detail");
	}
}
