package org.smartcourt.casefile.internal.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding material to a case file by hand: a party or their lawyer submits evidence (举证, 《在线诉讼规则》 arts. 11–12 on
 * electronic material), the case team uploads court material into either volume. The file is stored (and anchored in
 * the ledger by the storage module); bad input changes nothing and names each field in Chinese.
 */
@Service
public class MaterialSubmissions {

	/** What evidence may be: documents, photos and scans, audio and video (视听资料), Word files. */
	public static final Set<DocumentType> EVIDENCE_TYPES = EnumSet.of(DocumentType.PDF, DocumentType.JPEG,
			DocumentType.PNG, DocumentType.TIFF, DocumentType.MP3, DocumentType.MP4, DocumentType.DOCX);
	/** Once archived (归档) the file is closed. */
	static final Set<CaseStage> CLOSED_FILE = EnumSet.of(CaseStage.ARCHIVED);
	static final int NAME_MAX = 200;
	static final int PURPOSE_MAX = 1000;

	private final CatalogueAccess access;
	private final MaterialCategories categories;
	private final MaterialRecorder recorder;
	private final FileStore files;
	private final AuditTrail audit;
	private final Clock clock;
	private final MaterialRepository repository;

	MaterialSubmissions(CatalogueAccess access, MaterialCategories categories, MaterialRecorder recorder,
			FileStore files, AuditTrail audit, Clock clock, MaterialRepository repository) {
		this.repository = repository;
		this.access = access;
		this.categories = categories;
		this.recorder = recorder;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 举证 by a party of the case or their lawyer, filed under 证据材料 in 正卷, visible to both sides.
	 *
	 * @param content the file, or {@literal null} when none was sent.
	 */
	@Transactional
	public CaseMaterial submitEvidence(Actor actor, CaseId caseId, EvidenceForm form, String fileName,
			InputStream content) {
		CatalogueAccess.Reading reading = access.reading(actor, caseId);
		if (reading.readership().court()) {
			throw DomainException.forbidden("casefile-evidence-parties-only",
					"problem.casefile-evidence-parties-only.detail");
		}
		requireOpen(reading.overview());
		List<FieldProblem> problems = new ArrayList<>();
		String name = strip(form.name());
		String purpose = strip(form.purpose());
		if (name == null) {
			problems.add(new FieldProblem("evidenceName", "required", "validation.casefile.evidence.name"));
		}
		else if (name.length() > NAME_MAX) {
			problems.add(new FieldProblem("evidenceName", "too-long", "validation.casefile.evidence.name.length",
					List.of(NAME_MAX)));
		}
		if (purpose == null) {
			problems.add(new FieldProblem("purpose", "required", "validation.casefile.evidence.purpose"));
		}
		else if (purpose.length() > PURPOSE_MAX) {
			problems.add(new FieldProblem("purpose", "too-long", "validation.casefile.evidence.purpose.length",
					List.of(PURPOSE_MAX)));
		}
		if (content == null) {
			problems.add(new FieldProblem("file", "required", "validation.casefile.file"));
		}
		reject(problems);
		StoredFile stored = files.store("file", fileName, content, EVIDENCE_TYPES);
		// the same file from the same account on the same case is one piece of evidence: a second submission (a
		// double click, a retried upload) answers with the first instead of listing it twice
		String sourceRef = caseId + ":" + actor.username() + ":" + stored.sha256();
		CaseMaterial material = recorder.record(new MaterialRecorder.Draft(caseId,
				categories.get(MaterialCategories.EVIDENCE), name, stored.sha256(), stored.originalName(),
				MaterialSource.PARTY_EVIDENCE, sourceRef, actor.username(), actor.displayName(), clock.instant(), true,
				null, name, purpose, submittingParty(actor, reading.overview())));
		if (material == null) {
			return repository.bySource(MaterialSource.PARTY_EVIDENCE, sourceRef).orElseThrow();
		}
		audit.success("casefile.evidence.submit", "case", caseId.toString());
		return material;
	}

	/** Court material uploaded by a member of the case team, into the volume of the category chosen. */
	@Transactional
	public CaseMaterial uploadCourtMaterial(Actor actor, CaseId caseId, CourtMaterialForm form, String fileName,
			InputStream content) {
		CatalogueAccess.Reading reading = access.reading(actor, caseId);
		if (!reading.readership().court() || !CatalogueAccess.inTeam(actor, reading.overview())) {
			throw DomainException.forbidden("casefile-team-only", "problem.casefile-team-only.detail");
		}
		requireOpen(reading.overview());
		List<FieldProblem> problems = new ArrayList<>();
		MaterialCategory category = categories.find(form.categoryCode()).orElse(null);
		String title = strip(form.title());
		if (category == null) {
			problems.add(new FieldProblem("categoryCode", "invalid", "validation.casefile.category"));
		}
		if (title == null) {
			problems.add(new FieldProblem("title", "required", "validation.casefile.title"));
		}
		else if (title.length() > NAME_MAX) {
			problems.add(new FieldProblem("title", "too-long", "validation.casefile.evidence.name.length",
					List.of(NAME_MAX)));
		}
		if (content == null) {
			problems.add(new FieldProblem("file", "required", "validation.casefile.file"));
		}
		reject(problems);
		StoredFile stored = files.store("file", fileName, content, EVIDENCE_TYPES);
		CaseMaterial material = recorder.record(new MaterialRecorder.Draft(caseId, category, title, stored.sha256(),
				stored.originalName(), MaterialSource.COURT_UPLOAD, UUID.randomUUID().toString(), actor.username(),
				actor.displayName(), clock.instant(), form.forParties() && category.volume() == Volume.MAIN, null,
				null, null, null));
		audit.success("casefile.material.upload", "case", caseId.toString());
		return material;
	}

	private static void requireOpen(CaseOverview overview) {
		if (CLOSED_FILE.contains(overview.stage())) {
			throw DomainException.conflict("casefile-archived", "problem.casefile-archived.detail");
		}
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
	}

	/**
	 * The party the evidence is for: the actor's own party record, or the party an agent represents; else, for the
	 * filer, the plaintiffs.
	 */
	static String submittingParty(Actor actor, CaseOverview overview) {
		for (CaseParty p : overview.parties()) {
			if (actor.username().equals(p.username())) {
				if (p.agent() && p.represents() != null) {
					return overview.parties()
						.stream()
						.filter(q -> q.seq() == p.represents())
						.map(CaseParty::name)
						.findFirst()
						.orElse(p.name());
				}
				return p.name();
			}
		}
		if (actor.username().equals(overview.filerUsername())) {
			String plaintiffs = overview.partiesOnly()
				.stream()
				.filter(p -> p.side() == org.smartcourt.cases.PartySide.PLAINTIFF)
				.map(CaseParty::name)
				.reduce((a, b) -> a + "、" + b)
				.orElse(null);
			if (plaintiffs != null) {
				return plaintiffs;
			}
		}
		return actor.displayName();
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
