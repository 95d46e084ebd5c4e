package org.smartcourt.storage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.storage.internal.ScrubReport;
import org.smartcourt.storage.internal.StorageScrub;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Storage maintenance for 技术处 IT admins: the scrub that re-hashes every stored file. */
@RestController
@RequestMapping("/api/v1/storage")
@PreAuthorize("hasRole('IT_ADMIN')")
@Tag(name = "电子文件存储 Storage",
		description = "存储巡检：逐一重新计算已存文件的 SHA-256，报告缺失或损坏的文件；限技术处管理员")
class StorageAdminApiController {

	private final StorageScrub scrub;

	StorageAdminApiController(StorageScrub scrub) {
		this.scrub = scrub;
	}

	@PostMapping("/scrub")
	@Operation(summary = "存储巡检",
			description = "读取全部已存文件并校验其 SHA-256；返回缺失、损坏和无法读取的文件（各列至多 1000 个，计数准确）。"
					+ "耗时与存储总量成正比。")
	ScrubReport scrub() {
		return scrub.run();
	}
}
