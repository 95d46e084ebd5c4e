package org.smartcourt.accounts.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.accounts.internal.AccountAdministration;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 账号管理 screen: the staff accounts an IT admin administers, with unlock, disable, enable and open. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('IT_ADMIN')")
class AccountAdminPageController {

	/** The form for opening a staff account. */
	public static final class OpenForm {
		private String username = "";
		private String displayName = "";
		private Role role = Role.JUDGE;
		private String court = "";
		private String initialPassword = "";

		public String getUsername() { return username; }
		public void setUsername(String username) { this.username = username; }
		public String getDisplayName() { return displayName; }
		public void setDisplayName(String displayName) { this.displayName = displayName; }
		public Role getRole() { return role; }
		public void setRole(Role role) { this.role = role; }
		public String getCourt() { return court; }
		public void setCourt(String court) { this.court = court; }
		public String getInitialPassword() { return initialPassword; }
		public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }

		AccountAdministration.NewStaffAccount toCommand() {
			return new AccountAdministration.NewStaffAccount(username, displayName, role,
					court == null || court.isBlank() ? null : new CourtId(court), initialPassword);
		}
	}

	private final AccountAdministration administration;
	private final CourtHierarchy courts;
	private final Courts directory;
	private final MessageSource messages;

	AccountAdminPageController(AccountAdministration administration, CourtHierarchy courts, Courts directory,
			MessageSource messages) {
		this.administration = administration;
		this.courts = courts;
		this.directory = directory;
		this.messages = messages;
	}

	@ModelAttribute("staffRoles")
	Role[] staffRoles() {
		return Arrays.stream(Role.values()).filter(Role::isStaff).toArray(Role[]::new);
	}

	/** The courts in the admin's scope, with their names, in hierarchy order. */
	@ModelAttribute("scopeCourts")
	Map<String, String> scopeCourts() {
		Map<String, String> names = new LinkedHashMap<>();
		for (CourtId id : courts.subtree(CurrentActor.require().court())) {
			names.put(id.value(), directory.find(id).map(Courts.CourtSummary::name).orElse(id.value()));
		}
		return names;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			OpenForm form = new OpenForm();
			form.setCourt(CurrentActor.require().court().value());
			model.addAttribute("form", form);
		}
		model.addAttribute("accounts", administration.staffAccounts(CurrentActor.require()));
		return "admin/accounts/list";
	}

	@PostMapping
	String open(@ModelAttribute("form") OpenForm form, Model model, RedirectAttributes redirect) {
		try {
			var created = administration.open(CurrentActor.require(), form.toCommand());
			redirect.addFlashAttribute("notice", message("account.admin.created", created.username()));
			return "redirect:/admin/accounts";
		}
		catch (DomainException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.fieldProblems().forEach(p -> errors.putIfAbsent(p.field(), message(p.messageKey())));
			if (errors.isEmpty()) {
				model.addAttribute("formError", message(ex.messageKey(), ex.args()));
			}
			model.addAttribute("errors", errors);
			form.setInitialPassword("");
			return list(model);
		}
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		var account = administration.unlock(CurrentActor.require(), id);
		redirect.addFlashAttribute("notice", message("account.admin.unlocked", account.username()));
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		var account = administration.disable(CurrentActor.require(), id);
		redirect.addFlashAttribute("notice", message("account.admin.disabled", account.username()));
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		var account = administration.enable(CurrentActor.require(), id);
		redirect.addFlashAttribute("notice", message("account.admin.enabled", account.username()));
		return "redirect:/admin/accounts";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
