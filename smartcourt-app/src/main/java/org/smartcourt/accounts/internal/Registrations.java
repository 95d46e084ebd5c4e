package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.PartyKind;
import org.smartcourt.accounts.PasswordPolicy;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.accounts.UnifiedSocialCreditCode;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 当事人、律师自助注册: checks every field (all problems at once), proves the mobile number by its 短信验证码, and
 * opens a {@code LITIGANT} or {@code LAWYER} account with its {@link PartyIdentity}, all in one transaction. One
 * natural person (公民身份号码), one mobile number, one username, one 律师执业证号: a second one is a conflict.
 * Resending exactly the same registration (same username, ID number, mobile and password) answers the account
 * already opened instead of opening another.
 */
@Service
public class Registrations {

	/** What {@link #register} did: opened the account now, or found it opened by an earlier identical request. */
	public record Outcome(RegisteredParty party, boolean created) {
	}

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{4,32}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern LAWYER_LICENSE = Pattern.compile("\\d{17}");
	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final UserAccountRepository accounts;
	private final PartyIdentityRepository identities;
	private final PhoneVerification verification;
	private final AccountDirectory directory;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final Clock clock;
	private final AttemptRateLimiter perAddress;

	Registrations(UserAccountRepository accounts, PartyIdentityRepository identities, PhoneVerification verification,
			AccountDirectory directory, PasswordEncoder encoder, AuditTrail audit, Clock clock,
			@Value("${smartcourt.registration.attempts-per-address-per-hour:30}") int attemptsPerHour) {
		this.accounts = accounts;
		this.identities = identities;
		this.verification = verification;
		this.directory = directory;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.perAddress = new AttemptRateLimiter(attemptsPerHour, Duration.ofHours(1), clock);
	}

	/**
	 * @throws DomainException {@code INVALID_INPUT} with field problems, {@code CONFLICT} for an existing person,
	 *         number or username, {@code TOO_MANY_REQUESTS} for too many attempts.
	 */
	@Transactional
	public Outcome register(RegistrationCommand command, String clientAddress) {
		if (!perAddress.tryAcquire(String.valueOf(clientAddress))) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too-many-requests",
					"problem.too-many-requests.detail");
		}
		Valid valid = validate(command);
		Optional<UserAccount> sameUsername = accounts.findByUsername(valid.username());
		if (sameUsername.isPresent()) {
			Optional<RegisteredParty> replay = replay(sameUsername.get(), valid, command.password());
			if (replay.isPresent()) {
				return new Outcome(replay.get(), false);
			}
			throw conflict("username-taken", valid);
		}
		verification.consume(valid.mobile(), command.code().trim());
		if (accounts.existsByMobile(valid.mobile().value())) {
			throw conflict("mobile-registered", valid);
		}
		if (identities.existsByIdNumber(valid.idNumber())) {
			throw conflict("id-number-registered", valid);
		}
		if (valid.lawyerLicense() != null && identities.existsByLawyerLicense(valid.lawyerLicense())) {
			throw conflict("lawyer-license-registered", valid);
		}
		Instant now = clock.instant();
		UserAccount account = UserAccount.open(valid.username(), encoder.encode(command.password()),
				valid.realName(), valid.kind().role(), null, valid.mobile().value(), now);
		account.recordEmail(valid.email());
		PartyIdentity identity = new PartyIdentity(account.id(), valid.kind(), valid.realName(), valid.idNumber(),
				valid.lawyerLicense(), valid.lawFirm(), valid.organizationName(), valid.creditCode(), valid.mobile(),
				now);
		try {
			accounts.insert(account);
			identities.insert(identity);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent registration won the race for one of the unique values
			throw conflict("registration-conflict", valid);
		}
		audit.record(account.toActor(), "accounts.registration", "user_account", account.id().toString(),
				AuditOutcome.SUCCESS, valid.kind().name() + " " + valid.mobile().masked());
		return new Outcome(RegisteredParty.of(directory.view(account), identity), true);
	}

	private Optional<RegisteredParty> replay(UserAccount existing, Valid valid, String password) {
		return identities.findByUser(existing.id())
			.filter(identity -> identity.idNumber().equals(valid.idNumber())
					&& identity.verifiedMobile().equals(valid.mobile()) && identity.kind() == valid.kind())
			.filter(identity -> encoder.matches(password, existing.passwordHash()))
			.map(identity -> RegisteredParty.of(directory.view(existing), identity));
	}

	private DomainException conflict(String code, Valid valid) {
		audit.record("accounts.registration", "mobile", valid.mobile().masked(), AuditOutcome.FAILURE, code);
		return DomainException.conflict(code, "problem." + code + ".detail");
	}

	private record Valid(PartyKind kind, String realName, ResidentIdNumber idNumber, MobileNumber mobile,
			String email, String username, String lawyerLicense, String lawFirm, String organizationName,
			UnifiedSocialCreditCode creditCode) {
	}

	static final class Problems {

		private final List<FieldProblem> problems = new ArrayList<>();

		<T> T parse(Supplier<T> parser) {
			try {
				return parser.get();
			}
			catch (DomainException ex) {
				problems.addAll(ex.fieldProblems());
				return null;
			}
		}

		void add(String field, String code, String key) {
			problems.add(new FieldProblem(field, code, key));
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
			}
		}
	}

	private static Valid validate(RegistrationCommand c) {
		Problems problems = new Problems();
		PartyKind kind = null;
		try {
			kind = c.kind() == null ? null : PartyKind.valueOf(c.kind().trim());
		}
		catch (IllegalArgumentException ex) {
			// reported below like a missing kind
		}
		if (kind == null) {
			problems.add("kind", "required", "validation.register.kind");
		}
		String realName = trimmed(c.realName());
		if (realName == null || realName.length() < 2 || realName.length() > 50) {
			problems.add("realName", "required", "validation.register.real-name");
		}
		ResidentIdNumber idNumber = problems.parse(() -> ResidentIdNumber.parse(c.idNumber()));
		MobileNumber mobile = problems.parse(() -> MobileNumber.parse(c.mobile()));
		String email = trimmed(c.email());
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			problems.add("email", "format", "validation.register.email");
		}
		if (c.code() == null || !CODE.matcher(c.code().trim()).matches()) {
			problems.add("code", "format", "validation.otp.format");
		}
		String username = trimmed(c.username());
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add("username", "format", "validation.register.username");
		}
		PasswordPolicy.violation(c.password()).ifPresent(key -> problems.add("password", "policy", key));
		String license = null, lawFirm = null, organizationName = null;
		UnifiedSocialCreditCode creditCode = null;
		if (kind == PartyKind.LAWYER) {
			license = trimmed(c.lawyerLicenseNumber());
			if (license == null || !LAWYER_LICENSE.matcher(license).matches()) {
				problems.add("lawyerLicenseNumber", "format", "validation.register.lawyer-license");
			}
			lawFirm = trimmed(c.lawFirm());
			if (lawFirm == null || lawFirm.length() > 200) {
				problems.add("lawFirm", "required", "validation.register.law-firm");
			}
		}
		if (kind == PartyKind.ORGANIZATION_REPRESENTATIVE) {
			organizationName = trimmed(c.organizationName());
			if (organizationName == null || organizationName.length() > 200) {
				problems.add("organizationName", "required", "validation.register.organization-name");
			}
			creditCode = problems
				.parse(() -> UnifiedSocialCreditCode.parse(c.organizationCreditCode(), "organizationCreditCode"));
		}
		problems.throwIfAny();
		return new Valid(kind, realName, idNumber, mobile, email, username, license, lawFirm, organizationName,
				creditCode);
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
