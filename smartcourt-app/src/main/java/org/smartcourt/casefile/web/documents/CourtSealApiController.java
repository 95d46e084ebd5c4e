package org.smartcourt.casefile.web.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.smartcourt.casefile.internal.documents.CourtSeals;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 院印 over the API, for the court's own IT administrator. */
@RestController
@RequestMapping("/api/v1/courts/{courtId}/seal")
@Tag(name = "院印 Court seal", description = "本院院印图片（透明背景 PNG）；限本院技术处管理员")
class CourtSealApiController {

	/** The seal as stored. */
	record SealResponse(String courtId, String sha256, boolean demo, Instant setAt, String setBy) {
		static SealResponse of(CourtSeals.SealInfo info) {
			return new SealResponse(info.court().value(), info.sha256(), info.demo(), info.setAt(), info.setBy());
		}
	}

	private final CourtSeals seals;

	CourtSealApiController(CourtSeals seals) {
		this.seals = seals;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传院印", description = "file：透明背景的 PNG 图片。")
	SealResponse upload(@PathVariable String courtId, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		try (InputStream in = file == null ? null : file.getInputStream()) {
			return SealResponse.of(seals.set(CurrentActor.require(), new CourtId(courtId),
					file == null ? null : file.getOriginalFilename(), in));
		}
	}

	@GetMapping
	@Operation(summary = "院印图片（PNG）")
	ResponseEntity<byte[]> image(@PathVariable String courtId) {
		return seals.imageForAdmin(CurrentActor.require(), new CourtId(courtId))
			.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
