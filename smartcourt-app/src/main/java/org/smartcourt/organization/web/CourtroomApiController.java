package org.smartcourt.organization.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.Courtroom;
import org.smartcourt.organization.internal.CourtroomId;
import org.smartcourt.organization.internal.CourtroomManagement;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 法庭 over the API: read by staff of the court or a court above it, maintained by their IT admins. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "法庭 Courtrooms", description = "本院及下级法院的法庭（含科技法庭）；维护限技术处管理员")
class CourtroomApiController {

	private final CourtroomManagement courtrooms;

	CourtroomApiController(CourtroomManagement courtrooms) {
		this.courtrooms = courtrooms;
	}

	@GetMapping("/courts/{courtId}/courtrooms")
	@Operation(summary = "法院的法庭")
	List<CourtroomResponse> list(@PathVariable String courtId) {
		return courtrooms.list(CurrentActor.require(), CourtDirectory.parseId(courtId))
			.stream()
			.map(CourtroomResponse::of)
			.toList();
	}

	@PostMapping("/courts/{courtId}/courtrooms")
	@Operation(summary = "新增法庭")
	ResponseEntity<CourtroomResponse> create(@PathVariable String courtId,
			@Valid @RequestBody CourtroomRequest request) {
		Courtroom courtroom = courtrooms.create(CurrentActor.require(), CourtDirectory.parseId(courtId),
				request.name(), request.isTechnology(), request.capacity(), request.location());
		return ResponseEntity.created(URI.create("/api/v1/courtrooms/" + courtroom.id()))
			.body(CourtroomResponse.of(courtroom));
	}

	@GetMapping("/courtrooms/{id}")
	@Operation(summary = "查看法庭")
	CourtroomResponse one(@PathVariable UUID id) {
		return CourtroomResponse.of(courtrooms.get(CurrentActor.require(), new CourtroomId(id)));
	}

	@PutMapping("/courtrooms/{id}")
	@Operation(summary = "修改法庭", description = "须带上读取时的 version；他人已修改时返回 409。")
	CourtroomResponse update(@PathVariable UUID id, @Valid @RequestBody CourtroomRequest request) {
		return CourtroomResponse.of(courtrooms.update(CurrentActor.require(), new CourtroomId(id),
				request.requiredVersion(), request.name(), request.isTechnology(), request.capacity(),
				request.location()));
	}

	@PostMapping("/courtrooms/{id}/deactivate")
	@Operation(summary = "停用法庭")
	CourtroomResponse deactivate(@PathVariable UUID id) {
		return CourtroomResponse.of(courtrooms.deactivate(CurrentActor.require(), new CourtroomId(id)));
	}
}
