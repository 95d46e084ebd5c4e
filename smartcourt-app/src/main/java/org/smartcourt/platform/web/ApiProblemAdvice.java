package org.smartcourt.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.shared.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception thrown by an API controller into RFC 9457 Problem Details with a Chinese title and detail.
 * Errors that happen before a controller is chosen (unknown path, wrong method, missing login) reach
 * {@link SmartCourtErrorController}, which answers in the same shape.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final ProblemFactory problems;

	ApiProblemAdvice(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> domain(DomainException ex, HttpServletRequest request) {
		HttpStatus status = ProblemStatus.of(ex.kind());
		String detail = problems.message(ex.messageKey(), ex.args(), ex.messageKey());
		ProblemDetail problem = problems.create(status, ex.code(), detail, request);
		if (!ex.fieldProblems().isEmpty()) {
			problems.withFieldErrors(problem, ex.fieldProblems()
				.stream()
				.map(f -> new ProblemFactory.FieldError(f.field(), f.code(),
						problems.message(f.messageKey(), f.args().toArray(), f.messageKey())))
				.toList());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.header(HttpHeaders.RETRY_AFTER, "60");
		}
		return response.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problems.create(HttpStatus.FORBIDDEN, "forbidden", null, request));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(problems.create(HttpStatus.UNAUTHORIZED, "unauthenticated", null, request));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "validation-failed", null, request);
		problems.withFieldErrors(problem, ex.getConstraintViolations()
			.stream()
			.map(v -> new ProblemFactory.FieldError(leaf(v.getPropertyPath().toString()), "invalid", v.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null, request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "validation-failed", null, servlet(request));
		List<ProblemFactory.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> new ProblemFactory.FieldError(f.getField(), f.getCode() == null ? "invalid" : f.getCode(),
					problems.message(f.getDefaultMessage() == null ? "validation.invalid" : f.getDefaultMessage(),
							null, f.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(problems.withFieldErrors(problem, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "validation-failed", null, servlet(request));
		List<ProblemFactory.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new ProblemFactory.FieldError(r.getMethodParameter().getParameterName(), "invalid",
						e.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(problems.withFieldErrors(problem, errors));
	}

	/** Framework-detected errors (unreadable JSON, wrong method, missing parameter…) with Chinese text. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = problems.create(status, ProblemTypes.codeForStatus(status.value()), null,
				servlet(request));
		return new ResponseEntity<>(problem, headers, status);
	}

	private static HttpServletRequest servlet(WebRequest request) {
		return request instanceof ServletWebRequest swr ? swr.getRequest() : null;
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
