package org.smartcourt.accounts.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.accounts.AccountView;
import org.smartcourt.accounts.internal.AccountAdministration;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 账号管理 over the API, for IT admins within their court scope. */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(name = "账号管理 Account administration")
class AccountAdminApiController {

	record OpenStaffAccountRequest(String username, String displayName, Role role, String court,
			String initialPassword) {

		AccountAdministration.NewStaffAccount toCommand() {
			CourtId courtId = court == null || court.isBlank() ? null : new CourtId(court.trim());
			return new AccountAdministration.NewStaffAccount(username, displayName, role, courtId, initialPassword);
		}
	}

	private final AccountAdministration administration;

	AccountAdminApiController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "本院及下级法院的工作人员账号")
	List<AccountView> list() {
		return administration.staffAccounts(CurrentActor.require());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "开通工作人员账号")
	AccountView open(@RequestBody OpenStaffAccountRequest request) {
		return administration.open(CurrentActor.require(), request.toCommand());
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "解锁因密码错误被锁定的账号")
	AccountView unlock(@PathVariable UUID id) {
		return administration.unlock(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "停用账号")
	AccountView disable(@PathVariable UUID id) {
		return administration.disable(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "启用账号")
	AccountView enable(@PathVariable UUID id) {
		return administration.enable(CurrentActor.require(), id);
	}
}
