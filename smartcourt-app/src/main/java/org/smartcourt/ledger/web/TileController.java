package org.smartcourt.ledger.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.ledger.internal.LogReader;
import org.smartcourt.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The static read API of C2SP tlog-tiles under {@code /ledger/}: {@code tile/<L>/<N>[.p/<W>]} (exactly W×32 bytes of
 * hashes) and {@code tile/entries/<N>[.p/<W>]} (the entry bundle). Public, no login: tiles are hashes only and leaves
 * carry no personal data. A partial tile or bundle as of a smaller tree is served by truncating the stored one, as
 * the spec lets clients ask for it as of their checkpoint; resources never change, so they are cached for a year.
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
		return ResponseEntity.ok()
			.cacheControl(IMMUTABLE)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(body.orElseThrow(TileController::notFound));
	}

	private static DomainException notFound() {
		return DomainException.notFound("ledger-tile-not-found", "problem.ledger-tile-not-found.detail");
	}
}
