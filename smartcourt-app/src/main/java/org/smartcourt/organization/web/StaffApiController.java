package org.smartcourt.organization.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.StaffId;
import org.smartcourt.organization.internal.StaffManagement;
import org.smartcourt.organization.internal.StaffMember;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff records over the API: read by staff of the court or a court above it, maintained by their IT admins. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "人员 Staff", description = "本院及下级法院的人员、职务及法官可审理的案件类别；维护限技术处管理员")
class StaffApiController {

	private final StaffManagement staff;

	StaffApiController(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping("/courts/{courtId}/staff")
	@Operation(summary = "法院的人员")
	List<StaffResponse> list(@PathVariable String courtId) {
		return staff.list(CurrentActor.require(), CourtDirectory.parseId(courtId))
			.stream()
			.map(StaffResponse::of)
			.toList();
	}

	@PostMapping("/courts/{courtId}/staff")
	@Operation(summary = "新增人员")
	ResponseEntity<StaffResponse> create(@PathVariable String courtId, @Valid @RequestBody StaffRequest request) {
		StaffMember member = staff.create(CurrentActor.require(), CourtDirectory.parseId(courtId),
				request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + member.id())).body(StaffResponse.of(member));
	}

	@GetMapping("/staff/{id}")
	@Operation(summary = "查看人员")
	StaffResponse one(@PathVariable UUID id) {
		return StaffResponse.of(staff.get(CurrentActor.require(), new StaffId(id)));
	}

	@PutMapping("/staff/{id}")
	@Operation(summary = "修改人员", description = "须带上读取时的 version；他人已修改时返回 409。")
	StaffResponse update(@PathVariable UUID id, @Valid @RequestBody StaffRequest request) {
		return StaffResponse.of(staff.update(CurrentActor.require(), new StaffId(id), request.requiredVersion(),
				request.toDraft()));
	}

	@PostMapping("/staff/{id}/deactivate")
	@Operation(summary = "人员离任（停用）")
	StaffResponse deactivate(@PathVariable UUID id) {
		return StaffResponse.of(staff.deactivate(CurrentActor.require(), new StaffId(id)));
	}
}
