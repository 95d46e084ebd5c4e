package org.smartcourt.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * An upload over the multipart limits fails while the request body is parsed, before any controller is chosen, so
 * neither {@link ApiProblemAdvice} nor {@link PageProblemAdvice} sees it. Left to Spring's default (a bare
 * {@code sendError(413)}), the error dispatch would parse the same body again, fail again and answer 413 with an empty
 * body. This answers in place instead: Problem Details on {@code /api/**}, the shell's error page elsewhere, both
 * naming the limits.
 */
@Component
class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

	private static final HttpStatus STATUS = HttpStatus.CONTENT_TOO_LARGE;
	private static final String CODE = ProblemTypes.codeForStatus(STATUS.value());

	private final ProblemFactory problems;
	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
	private final DataSize maxFileSize;
	private final DataSize maxRequestSize;

	UploadTooLargeResolver(ProblemFactory problems, ObjectProvider<RequestMappingHandlerAdapter> adapter,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.problems = problems;
		this.adapter = adapter;
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof MaxUploadSizeExceededException)) {
			return null;
		}
		String detail = problems.message("problem.payload-too-large.upload",
				new Object[] { megabytes(maxFileSize), megabytes(maxRequestSize) }, null);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			writeProblem(problems.create(STATUS, CODE, detail, request), response);
			return new ModelAndView();
		}
		response.setStatus(STATUS.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", STATUS.value());
		page.addObject("title", problems.message("problem." + CODE + ".title", null, ""));
		page.addObject("detail", detail);
		return page;
	}

	@SuppressWarnings("unchecked")
	private void writeProblem(ProblemDetail problem, HttpServletResponse response) {
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		output.setStatusCode(STATUS);
		for (HttpMessageConverter<?> converter : adapter.getObject().getMessageConverters()) {
			if (converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
				try {
					((HttpMessageConverter<ProblemDetail>) converter).write(problem, MediaType.APPLICATION_PROBLEM_JSON,
							output);
					output.flush();
					return;
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		throw new IllegalStateException("no message converter writes application/problem+json");
	}

	private static String megabytes(DataSize size) {
		return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
				: size.toKilobytes() + " KB";
	}
}
