package org.smartcourt.accounts.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.smartcourt.accounts.internal.ApiTokens;
import org.smartcourt.accounts.internal.SecondFactor;
import org.smartcourt.accounts.internal.SignedInUser;
import org.smartcourt.shared.DomainException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a username and password for a bearer token ({@code POST /api/v1/auth/token}); an account with a second
 * factor must also give its 动态口令 in {@code totp}.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证 Authentication")
class AuthTokenController {

	record TokenRequest(@NotBlank(message = "{validation.username.required}") @Size(max = 64) String username,
			@NotBlank(message = "{validation.password.required}") @Size(max = 128) String password,
			@Size(max = 16) String totp) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	private final AuthenticationManager authentication;
	private final ApiTokens tokens;
	private final SecondFactor secondFactor;

	AuthTokenController(AuthenticationManager authentication, ApiTokens tokens, SecondFactor secondFactor) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.secondFactor = secondFactor;
	}

	@PostMapping("/token")
	@Operation(summary = "用户名口令换取访问令牌 (Bearer token)")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		Authentication result;
		try {
			result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username().trim(), request.password()));
		}
		catch (LockedException ex) {
			throw DomainException.forbidden("account-locked", "problem.account-locked.detail");
		}
		catch (DisabledException ex) {
			throw DomainException.forbidden("account-disabled", "problem.account-disabled.detail");
		}
		catch (BadCredentialsException ex) {
			throw new DomainException(DomainException.Kind.INVALID_INPUT, "bad-credentials",
					"problem.bad-credentials.detail");
		}
		catch (AuthenticationException ex) {
			throw new DomainException(DomainException.Kind.INVALID_INPUT, "bad-credentials",
					"problem.bad-credentials.detail");
		}
		SignedInUser user = (SignedInUser) result.getPrincipal();
		if (secondFactor.required(user.actor().id())) {
			if (!secondFactor.enrolled(user.actor().id())) {
				throw DomainException.forbidden("totp-enrolment-required", "problem.totp-enrolment-required.detail");
			}
			if (request.totp() == null || request.totp().isBlank()) {
				throw DomainException.invalid("totp-required", "problem.totp-required.detail",
						List.of(new DomainException.FieldProblem("totp", "required", "validation.totp.required")));
			}
			secondFactor.verify(user.actor().id(), request.totp());
		}
		ApiTokens.IssuedToken issued = tokens.issue(user.actor().id());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}
}
