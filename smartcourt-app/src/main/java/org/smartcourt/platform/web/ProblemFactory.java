package org.smartcourt.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 Problem Details with Chinese {@code title} and {@code detail} from the message bundle
 * ({@code problem.<code>.title}, {@code problem.<code>.detail}), the request id and, for validation, per-field
 * errors as the extension member {@code errors: [{field, code, message}]}.
 */
@Component
public class ProblemFactory {

	/** One invalid input field. */
	public record FieldError(String field, String code, String message) {
	}

	private final MessageSource messages;

	ProblemFactory(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail create(HttpStatusCode status, String code, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(ProblemTypes.of(code));
		problem.setTitle(message("problem." + code + ".title", null, message("problem.bad-request.title", null, "")));
		problem.setDetail(detail != null ? detail : message("problem." + code + ".detail", null, null));
		if (request != null) {
			String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
			problem.setInstance(java.net.URI.create(uri != null ? uri : request.getRequestURI()));
		}
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	public ProblemDetail withFieldErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors.stream()
			.map(e -> Map.of("field", e.field(), "code", e.code(), "message", e.message()))
			.toList());
		return problem;
	}

	public String message(String key, Object[] args, String fallback) {
		return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}
}
