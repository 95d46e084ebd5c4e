package org.smartcourt.casefile.internal.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Fills a document template (Markdown with Thymeleaf TEXT-mode expressions such as {@code [(${case.number})]} and
 * {@code [# th:each="p : ${plaintiffs}"]…[/]}) from the document model. Its own engine, never the web one: no
 * template files, no cache of edited text, and Thymeleaf's restricted expression mode keeps templates from reaching
 * Java classes ({@code T(…)}, {@code new}).
 */
@Component
public class TemplateFill {

	/** The field a bad template is reported under. */
	public static final String FIELD = "body";

	private final SpringTemplateEngine engine;

	public TemplateFill() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCacheable(false);
		engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setEnableSpringELCompiler(false);
	}

	/**
	 * @throws DomainException {@code INVALID_INPUT} on {@link #FIELD} with Thymeleaf's own explanation when the
	 *         template cannot be filled (unbalanced {@code [# …]}, a bad expression, an unknown property).
	 */
	public String fill(String template, Map<String, Object> model) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
		try {
			return engine.process(template, context);
		}
		catch (TemplateProcessingException | IllegalArgumentException | IllegalStateException ex) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(FIELD, "template", "validation.casefile.template.syntax",
							List.of(explain(ex)))));
		}
	}

	private static String explain(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (cause != ex && cause.getMessage() != null) {
			message = message + " — " + cause.getMessage();
		}
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}
}
