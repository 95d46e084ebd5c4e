package org.smartcourt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page. API paths get Problem Details (so 401, 403, 404 and 405 raised outside any
 * controller have the same shape as the rest); pages get a Chinese error page without stack traces.
 */
@Controller
class SmartCourtErrorController implements ErrorController {

	private final ProblemFactory problems;

	SmartCourtErrorController(ProblemFactory problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = problems.create(status, ProblemTypes.codeForStatus(status.value()), null, request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith("/api/")) {
			return problem(request);
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		String code = ProblemTypes.codeForStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("title", problems.message("problem." + code + ".title", null, ""));
		model.addAttribute("detail", problems.message("problem." + code + ".detail", null, ""));
		return "error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus resolved = HttpStatus.resolve(value);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
