package org.smartcourt.organization.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.Department;
import org.smartcourt.organization.internal.DepartmentId;
import org.smartcourt.organization.internal.DepartmentManagement;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 庭室 over the API: read by staff of the court or a court above it, maintained by their IT admins. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "庭室 Departments", description = "本院及下级法院的庭室；维护限技术处管理员")
class DepartmentApiController {

	private final DepartmentManagement departments;

	DepartmentApiController(DepartmentManagement departments) {
		this.departments = departments;
	}

	@GetMapping("/courts/{courtId}/departments")
	@Operation(summary = "法院的庭室")
	List<DepartmentResponse> list(@PathVariable String courtId) {
		return departments.list(CurrentActor.require(), CourtDirectory.parseId(courtId))
			.stream()
			.map(DepartmentResponse::of)
			.toList();
	}

	@PostMapping("/courts/{courtId}/departments")
	@Operation(summary = "新增庭室")
	ResponseEntity<DepartmentResponse> create(@PathVariable String courtId,
			@Valid @RequestBody DepartmentRequest request) {
		Department department = departments.create(CurrentActor.require(), CourtDirectory.parseId(courtId),
				request.name(), request.kind());
		return ResponseEntity.created(URI.create("/api/v1/departments/" + department.id()))
			.body(DepartmentResponse.of(department));
	}

	@GetMapping("/departments/{id}")
	@Operation(summary = "查看庭室")
	DepartmentResponse one(@PathVariable UUID id) {
		return DepartmentResponse.of(departments.get(CurrentActor.require(), new DepartmentId(id)));
	}

	@PutMapping("/departments/{id}")
	@Operation(summary = "修改庭室", description = "须带上读取时的 version；他人已修改时返回 409。")
	DepartmentResponse update(@PathVariable UUID id, @Valid @RequestBody DepartmentRequest request) {
		return DepartmentResponse.of(departments.update(CurrentActor.require(), new DepartmentId(id),
				request.requiredVersion(), request.name(), request.kind()));
	}

	@PostMapping("/departments/{id}/deactivate")
	@Operation(summary = "撤销庭室")
	DepartmentResponse deactivate(@PathVariable UUID id) {
		return DepartmentResponse.of(departments.deactivate(CurrentActor.require(), new DepartmentId(id)));
	}
}
