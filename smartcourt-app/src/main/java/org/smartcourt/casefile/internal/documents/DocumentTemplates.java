package org.smartcourt.casefile.internal.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文书模板 as data: court staff read them (the case team makes drafts from them); the 技术处 administrator
 * ({@link Role#IT_ADMIN}, who keeps the platform's settings and reference data) edits them. A template that does not
 * fill with the sample case, or does not typeset, is refused with Thymeleaf's reason and nothing is saved; a saved
 * edit is a new version, and drafts keep the version they were made from.
 */
@Service
public class DocumentTemplates {

	static final int TITLE_MAX = 100;
	static final int BODY_MAX = 50_000;

	private final DocumentTemplateRepository repository;
	private final TemplateFill fill;
	private final DocumentFacts facts;
	private final DocumentRendering rendering;
	private final AuditTrail audit;
	private final Clock clock;

	DocumentTemplates(DocumentTemplateRepository repository, TemplateFill fill, DocumentFacts facts,
			DocumentRendering rendering, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.fill = fill;
		this.facts = facts;
		this.rendering = rendering;
		this.audit = audit;
		this.clock = clock;
	}

	/** The active version of every template, in the order of {@link TemplateCode}. */
	public List<DocumentTemplate> list(Actor actor) {
		requireStaff(actor);
		return Arrays.stream(TemplateCode.values()).map(this::active).toList();
	}

	/** A template's versions, newest first. */
	public List<DocumentTemplate> versions(Actor actor, String code) {
		requireStaff(actor);
		return repository.versions(code(code));
	}

	public DocumentTemplate version(Actor actor, String code, int version) {
		requireStaff(actor);
		return repository.version(code(code), version).orElseThrow(() -> notFound(code));
	}

	/** The active version, for drafts. */
	DocumentTemplate active(TemplateCode code) {
		return repository.active(code).orElseThrow(() -> notFound(code.slug()));
	}

	/**
	 * Saves an edit as the template's new active version, once it fills with the sample case and typesets.
	 *
	 * @throws DomainException 400 with field problems on {@code title} or {@code body}.
	 */
	@Transactional
	public DocumentTemplate save(Actor actor, String code, String title, String body) {
		requireAdmin(actor);
		TemplateCode template = code(code);
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
			problems.add(new FieldProblem("title", "invalid", "validation.casefile.template.title"));
		}
		if (body == null || body.isBlank() || body.length() > BODY_MAX) {
			problems.add(new FieldProblem(TemplateFill.FIELD, "invalid", "validation.casefile.template.body"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		tryOut(title.strip(), body);
		DocumentTemplate saved = repository.addVersion(template, title.strip(), body, clock.instant(), actor.username());
		audit.record("casefile.template.save", "document-template", template.slug(),
				AuditOutcome.SUCCESS, "version " + saved.version());
		return saved;
	}

	/** The PDF of {@code body} (or of the active version when {@literal null}) filled with the sample case. */
	public byte[] preview(Actor actor, String code, String body) {
		requireStaff(actor);
		TemplateCode template = code(code);
		DocumentTemplate active = active(template);
		return tryOut(active.title(), body == null ? active.body() : body);
	}

	private byte[] tryOut(String title, String body) {
		return rendering.pdf(title, fill.fill(body, facts.sample()), null);
	}

	static TemplateCode code(String code) {
		return TemplateCode.fromSlug(code).orElseThrow(() -> notFound(code));
	}

	private static DomainException notFound(String code) {
		return DomainException.notFound("document-template-not-found", "problem.document-template-not-found.detail",
				String.valueOf(code));
	}

	private static void requireStaff(Actor actor) {
		if (!actor.isStaff()) {
			throw DomainException.forbidden("document-templates-staff-only",
					"problem.document-templates-staff-only.detail");
		}
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.is(Role.IT_ADMIN)) {
			throw DomainException.forbidden("document-templates-admin-only",
					"problem.document-templates-admin-only.detail");
		}
	}
}
