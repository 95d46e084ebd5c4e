package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.smartcourt.accounts.AccountView;
import org.smartcourt.accounts.PasswordPolicy;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 账号管理: what an IT admin (技术处) does with the staff accounts of their court and the courts below it: open one,
 * unlock one locked by wrong passwords, disable and enable. Each command is audited; a refusal is audited too.
 */
@Service
public class AccountAdministration {

	/** What it takes to open a staff account. */
	public record NewStaffAccount(String username, String displayName, Role role, CourtId court,
			String initialPassword) {
	}

	private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{2,63}");

	private final UserAccountRepository accounts;
	private final AccountDirectory directory;
	private final CourtHierarchy courts;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final Clock clock;

	AccountAdministration(UserAccountRepository accounts, AccountDirectory directory, CourtHierarchy courts,
			PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.courts = courts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** The staff accounts the IT admin administers, by court then role. */
	@Transactional(readOnly = true)
	public List<AccountView> staffAccounts(Actor admin) {
		requireItAdmin(admin, "account.list", null);
		List<AccountView> views = new ArrayList<>();
		for (CourtId court : courts.subtree(admin.court())) {
			accounts.findByCourt(court).stream().map(directory::view).forEach(views::add);
		}
		views.sort(Comparator.comparing(AccountView::courtId).thenComparing(AccountView::role));
		return views;
	}

	@Transactional
	public AccountView open(Actor admin, NewStaffAccount request) {
		requireItAdmin(admin, "account.create", null);
		List<FieldProblem> problems = new ArrayList<>();
		String username = request.username() == null ? "" : request.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "pattern", "validation.account.username.pattern"));
		}
		if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 50) {
			problems.add(new FieldProblem("displayName", "required", "validation.account.displayName.required"));
		}
		if (request.role() == null || !request.role().isStaff()) {
			problems.add(new FieldProblem("role", "staff", "validation.account.role.staff"));
		}
		if (request.court() == null) {
			problems.add(new FieldProblem("court", "required", "validation.account.court.required"));
		}
		PasswordPolicy.violation(request.initialPassword())
			.ifPresent(key -> problems.add(new FieldProblem("initialPassword", "policy", key)));
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		if (!courts.subtree(admin.court()).contains(request.court())) {
			audit.record(admin, "account.create", "account", null, AuditOutcome.DENIED, "court " + request.court());
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		if (accounts.existsByUsername(username)) {
			throw DomainException.conflict("username-taken", "problem.username-taken.detail", username);
		}
		UserAccount account = UserAccount.open(username, encoder.encode(request.initialPassword()),
				request.displayName().trim(), request.role(), request.court(), null, clock.instant());
		accounts.insert(account);
		audit.record(admin, "account.create", "account", account.id().toString(), AuditOutcome.SUCCESS,
				request.role() + " at " + request.court());
		return directory.view(account);
	}

	@Transactional
	public AccountView unlock(Actor admin, UUID id) {
		return change(admin, id, "account.unlock", UserAccount::unlock);
	}

	@Transactional
	public AccountView disable(Actor admin, UUID id) {
		if (admin.id().value().equals(id)) {
			throw DomainException.ruleViolation("cannot-disable-self", "problem.cannot-disable-self.detail");
		}
		return change(admin, id, "account.disable", UserAccount::disable);
	}

	@Transactional
	public AccountView enable(Actor admin, UUID id) {
		return change(admin, id, "account.enable", UserAccount::enable);
	}

	private AccountView change(Actor admin, UUID id, String action, java.util.function.Consumer<UserAccount> command) {
		requireItAdmin(admin, action, id.toString());
		UserAccount account = accounts.findById(new UserId(id))
			.filter(a -> directory.mayAdminister(admin, a))
			.orElseThrow(() -> {
				audit.record(admin, action, "account", id.toString(), AuditOutcome.DENIED, null);
				return DomainException.notFound("account-not-found", "problem.account-not-found.detail");
			});
		command.accept(account);
		accounts.update(account);
		audit.record(admin, action, "account", id.toString(), AuditOutcome.SUCCESS, null);
		return directory.view(account);
	}

	private void requireItAdmin(Actor actor, String action, String target) {
		if (!actor.is(Role.IT_ADMIN)) {
			audit.record(actor, action, "account", target, AuditOutcome.DENIED, null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}
}
