package org.smartcourt.organization.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.smartcourt.organization.internal.CourtDirectory;
import org.smartcourt.organization.internal.CourtRecord;
import org.smartcourt.organization.internal.TribunalManagement;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The court directory (any signed-in user) and 人民法庭 maintenance (IT admins). */
@RestController
@RequestMapping("/api/v1/courts")
@Tag(name = "法院 Courts", description = "法院名录（层级、法院代字及其可靠程度）与人民法庭维护")
class CourtApiController {

	private final CourtDirectory directory;
	private final TribunalManagement tribunals;

	CourtApiController(CourtDirectory directory, TribunalManagement tribunals) {
		this.directory = directory;
		this.tribunals = tribunals;
	}

	@GetMapping
	@Operation(summary = "法院名录", description = "全部在用法院，按层级树序排列；codeBasis 为 DERIVED（推定）或 INFERRED（待核）的代字尚未核实。")
	List<CourtResponse> all() {
		CurrentActor.require();
		return directory.tree().stream().map(CourtResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看法院")
	CourtResponse one(@PathVariable String id) {
		CurrentActor.require();
		return CourtResponse.of(directory.get(CourtDirectory.parseId(id)));
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "下级法院及人民法庭")
	List<CourtResponse> children(@PathVariable String id) {
		CurrentActor.require();
		CourtId court = CourtDirectory.parseId(id);
		directory.get(court);
		return directory.children(court).stream().map(CourtResponse::of).toList();
	}

	@PostMapping("/{basicCourtId}/tribunals")
	@Operation(summary = "新增人民法庭", description = "仅限本院及上级法院技术处管理员；上级须为基层人民法院。")
	ResponseEntity<CourtResponse> addTribunal(@PathVariable String basicCourtId,
			@Valid @RequestBody TribunalRequest request) {
		CourtRecord tribunal = tribunals.create(CurrentActor.require(), CourtDirectory.parseId(basicCourtId), request.name(),
				request.note());
		return ResponseEntity.created(URI.create("/api/v1/courts/" + tribunal.id().value()))
			.body(CourtResponse.of(tribunal));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "撤销人民法庭", description = "仅适用于人民法庭；参考数据中的法院随数据文件变更。")
	CourtResponse deactivate(@PathVariable String id) {
		return CourtResponse.of(tribunals.deactivate(CurrentActor.require(), CourtDirectory.parseId(id)));
	}
}
