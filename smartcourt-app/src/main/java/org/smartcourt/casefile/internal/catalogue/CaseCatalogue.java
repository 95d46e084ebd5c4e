package org.smartcourt.casefile.internal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.shared.Actor;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a case file: its catalogue per volume in binding order, and each material's file. Every reader's view is
 * limited by {@link Readership} in the query; whatever a party cannot see is reported as not found. Opening a file is
 * audited as a view or a download of the case.
 */
@Service
public class CaseCatalogue {

	private final CatalogueAccess access;
	private final MaterialRepository repository;
	private final MaterialCategories categories;
	private final Ledger ledger;
	private final FileStore files;
	private final CatalogueAudit audit;

	CaseCatalogue(CatalogueAccess access, MaterialRepository repository, MaterialCategories categories,
			Ledger ledger, FileStore files, CatalogueAudit audit) {
		this.access = access;
		this.repository = repository;
		this.categories = categories;
		this.ledger = ledger;
		this.files = files;
		this.audit = audit;
	}

	/** The catalogue as {@code actor} may see it, audited as a read of the case file. */
	@Transactional
	public Catalogue read(Actor actor, CaseId caseId) {
		CatalogueAccess.Reading reading = access.reading(actor, caseId);
		audit.list(caseId);
		return catalogue(reading.overview(), reading.readership());
	}

	/** The catalogue for a reader already checked (the case page, which audited its read). */
	@Transactional
	public Catalogue catalogue(CaseOverview overview, Readership reader) {
		List<CaseMaterial> materials = new ArrayList<>(repository.list(overview.id(), reader));
		materials.sort(categories.bindingOrder());
		return new Catalogue(overview, reader, entries(materials, Volume.MAIN), entries(materials, Volume.SIDE));
	}

	/**
	 * Opens a material's file for {@code actor}.
	 *
	 * @param inline whether it is viewed in the browser (audited as a view) rather than downloaded.
	 * @throws org.smartcourt.shared.DomainException not found when the case, the material or its file is not there
	 *         for this reader (a party asking for 副卷 material included).
	 */
	@Transactional
	public MaterialContent open(Actor actor, CaseId caseId, MaterialId id, boolean inline) {
		CatalogueAccess.Reading reading = access.reading(actor, caseId);
		CaseMaterial material = repository.find(caseId, id, reading.readership())
			.filter(CaseMaterial::hasFile)
			.orElseThrow(() -> CatalogueAccess.materialNotFound(id));
		StoredFile stored = files.find(material.fileSha256()).orElseThrow(() -> CatalogueAccess.materialNotFound(id));
		var content = files.open(material.fileSha256()).orElseThrow(() -> CatalogueAccess.materialNotFound(id));
		audit.material(material, inline);
		return new MaterialContent(material, stored, content);
	}

	private List<CatalogueEntry> entries(List<CaseMaterial> sorted, Volume volume) {
		List<CatalogueEntry> entries = new ArrayList<>();
		for (CaseMaterial m : sorted) {
			if (m.volume() == volume) {
				entries.add(new CatalogueEntry(entries.size() + 1, m, categories.orOther(m), ledgerIndex(m)));
			}
		}
		return entries;
	}

	private Optional<Long> ledgerIndex(CaseMaterial m) {
		if (!m.hasFile()) {
			return Optional.empty();
		}
		return ledger.indexOf(EntryType.STORED_FILE, m.fileSha256()).map(LedgerIndex::value);
	}
}
