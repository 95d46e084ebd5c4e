package org.smartcourt.accounts.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.accounts.AccountView;
import org.smartcourt.accounts.internal.AccountDirectory;
import org.smartcourt.accounts.internal.PasswordChanges;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading accounts over the API, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "账户 Accounts")
class AccountApiController {

	record PasswordChangeRequest(String currentPassword, String newPassword, String confirmation) {
	}

	private final AccountDirectory directory;
	private final PasswordChanges passwords;

	AccountApiController(AccountDirectory directory, PasswordChanges passwords) {
		this.directory = directory;
		this.passwords = passwords;
	}

	@PostMapping("/me/password")
	@Operation(summary = "修改本人密码")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest request) {
		passwords.change(CurrentActor.require(), request.currentPassword(), request.newPassword(),
				request.confirmation());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	@Operation(summary = "当前用户")
	AccountView me() {
		return directory.me(CurrentActor.require());
	}

	@GetMapping("/{id}")
	@Operation(summary = "按编号查看账户（本人，或本院技术处管理员）")
	AccountView one(@PathVariable UUID id) {
		return directory.find(CurrentActor.require(), id);
	}
}
