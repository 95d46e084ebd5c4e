package org.smartcourt.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;

/**
 * A person's account. It guards the lockout rule: {@value #MAX_FAILURES} wrong passwords in a row lock the account
 * for 15 minutes.
 */
public class UserAccount {

	public static final int MAX_FAILURES = 5;
	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final UserId id;
	private final String username;
	private String passwordHash;
	private String displayName;
	private final Role role;
	private final CourtId court;
	private String mobile;
	private String email;
	private boolean enabled;
	private int failedAttempts;
	private Instant lockedUntil;
	private String totpSecret;
	private Instant passwordChangedAt;
	private final Instant createdAt;
	private final long version;

	UserAccount(UserId id, String username, String passwordHash, String displayName, Role role, CourtId court,
			String mobile, String email, boolean enabled, int failedAttempts, Instant lockedUntil, String totpSecret,
			Instant passwordChangedAt, Instant createdAt, long version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.court = court;
		this.mobile = mobile;
		this.email = email;
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.totpSecret = totpSecret;
		this.passwordChangedAt = passwordChangedAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** Opens a new account; the password must already be hashed. */
	public static UserAccount open(String username, String passwordHash, String displayName, Role role,
			CourtId court, String mobile, Instant now) {
		if (role.isStaff() && court == null) {
			throw new IllegalArgumentException("staff account needs a court");
		}
		return new UserAccount(UserId.random(), username, passwordHash, displayName, role,
				role.isStaff() ? court : null, mobile, null, true, 0, null, null, now, now, 0);
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** What a wrong password did to the account. */
	public enum FailedLogin {
		/** Counted; the account stays open. */
		COUNTED,
		/** This was the fifth in a row: the account is now locked. */
		LOCKED_NOW,
		/** The account was already locked (a guess in flight when the lock came); not counted again. */
		ALREADY_LOCKED
	}

	/** Counts a wrong password; the fifth in a row locks the account. */
	public FailedLogin recordFailedLogin(Instant now) {
		if (isLockedAt(now)) {
			return FailedLogin.ALREADY_LOCKED;
		}
		failedAttempts++;
		if (failedAttempts >= MAX_FAILURES) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedAttempts = 0;
			return FailedLogin.LOCKED_NOW;
		}
		return FailedLogin.COUNTED;
	}

	public void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public void changePassword(String newHash, Instant now) {
		passwordHash = newHash;
		passwordChangedAt = now;
	}

	public void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	/** 停用: the account can no longer sign in, and its API tokens stop working. */
	public void disable() {
		enabled = false;
	}

	public void enable() {
		enabled = true;
	}

	/** Sets the contact e-mail address given at registration ({@literal null} for none). */
	public void recordEmail(String address) {
		email = address;
	}

	public void enrollTotp(String secret) {
		totpSecret = secret;
	}

	public Actor toActor() {
		return new Actor(id, username, displayName, role, court);
	}

	public UserId id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Optional<CourtId> court() {
		return Optional.ofNullable(court);
	}

	public Optional<String> mobile() {
		return Optional.ofNullable(mobile);
	}

	public Optional<String> email() {
		return Optional.ofNullable(email);
	}

	public boolean enabled() {
		return enabled;
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public Optional<Instant> lockedUntil() {
		return Optional.ofNullable(lockedUntil);
	}

	public Optional<String> totpSecret() {
		return Optional.ofNullable(totpSecret);
	}

	public Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}
}
