package org.smartcourt.casefile.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Puts material into the catalogue, counting its pages from the stored file. Recording what a source already recorded
 * does nothing, so listeners may run again after a crash.
 */
@Component
class MaterialRecorder {

	private final MaterialRepository repository;
	private final FileStore files;
	private final PageCounter pages;

	MaterialRecorder(MaterialRepository repository, FileStore files, PageCounter pages) {
		this.repository = repository;
		this.files = files;
		this.pages = pages;
	}

	/** What is known of a material before it is recorded. */
	record Draft(CaseId caseId, MaterialCategory category, String title, String fileSha256, String fileName,
			MaterialSource source, String sourceRef, String submittedBy, String submitterName, Instant submittedAt,
			boolean partyVisible, String description, String evidenceName, String purpose, String submittingParty) {
	}

	/** Records the draft unless its source has it already; the material, or {@literal null} if it was there. */
	CaseMaterial record(Draft d) {
		if (repository.exists(d.source(), d.sourceRef())) {
			return null;
		}
		DocumentType type = null;
		int pageCount = 1;
		if (d.fileSha256() != null) {
			StoredFile stored = files.find(d.fileSha256())
				.orElseThrow(() -> new IllegalStateException("no stored file " + d.fileSha256()));
			type = stored.type();
			pageCount = count(stored);
		}
		String title = d.title().length() > 200 ? d.title().substring(0, 200) : d.title();
		CaseMaterial material = new CaseMaterial(new MaterialId(UUID.randomUUID()), d.caseId(), d.category().code(),
				d.category().volume(), title, d.fileSha256(), d.fileName(), type, pageCount, d.source(), d.sourceRef(),
				d.submittedBy(), d.submitterName(), d.submittedAt(),
				d.partyVisible() && d.category().volume() == Volume.MAIN, d.description(), d.evidenceName(),
				d.purpose(), d.submittingParty());
		return repository.insertIfAbsent(material) ? material : null;
	}

	private int count(StoredFile stored) {
		if (!PageCounter.paginated(stored.type())) {
			return 0;
		}
		try (InputStream in = files.open(stored.sha256()).orElseThrow()) {
			return pages.count(stored.type(), in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
