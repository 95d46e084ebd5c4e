package org.smartcourt.accounts.web;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.internal.PhoneVerification;
import org.smartcourt.accounts.internal.RegisteredParty;
import org.smartcourt.accounts.internal.RegistrationCommand;
import org.smartcourt.accounts.internal.Registrations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 当事人、律师自助注册 over the API: a 短信验证码 first, then the registration that carries it. */
@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "注册 Registration")
class RegistrationApiController {

	record OtpRequest(String mobile) {
	}

	record OtpResponse(String mobileMasked, Instant expiresAt) {
	}

	private final PhoneVerification verification;
	private final Registrations registrations;

	RegistrationApiController(PhoneVerification verification, Registrations registrations) {
		this.verification = verification;
		this.registrations = registrations;
	}

	@PostMapping("/otp")
	@Operation(summary = "发送注册短信验证码（5分钟内有效，同一号码60秒内只发一次）")
	ResponseEntity<OtpResponse> otp(@RequestBody OtpRequest request, HttpServletRequest http) {
		MobileNumber mobile = MobileNumber.parse(request.mobile());
		Instant expiresAt = verification.send(mobile, http.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OtpResponse(mobile.masked(), expiresAt));
	}

	@PostMapping
	@Operation(summary = "实名注册当事人或律师账号（重复提交同一注册返回已开立的账号）")
	ResponseEntity<RegisteredParty> register(@RequestBody RegistrationCommand request, HttpServletRequest http) {
		Registrations.Outcome outcome = registrations.register(request, http.getRemoteAddr());
		if (!outcome.created()) {
			return ResponseEntity.ok(outcome.party());
		}
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + outcome.party().account().id()))
			.body(outcome.party());
	}
}
