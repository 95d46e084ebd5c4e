package org.smartcourt.casefile.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcourt.casefile.internal.catalogue.CaseCatalogue;
import org.smartcourt.casefile.internal.catalogue.CatalogueAccess;
import org.smartcourt.casefile.internal.catalogue.CatalogueAudit;
import org.smartcourt.casefile.internal.catalogue.Catalogue;
import org.smartcourt.casefile.internal.catalogue.CatalogueEntry;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.casefile.internal.pdf.CourtFonts;
import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.FileStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 卷宗导出: one PDF per volume, bound from the catalogue the reader may see (a party's 正卷 holds only what parties may
 * read; 副卷 is not found for them). The check and the audit record happen in {@link #prepare}, before a byte is
 * written; the PDF then streams to the response.
 */
@Service
public class VolumeExport {

	private final CatalogueAccess access;
	private final CaseCatalogue catalogue;
	private final CatalogueAudit audit;
	private final Courts courts;
	private final Causes causes;
	private final Docket docket;
	private final FileStore files;
	private final CourtFonts fonts;
	private final MessageSource messages;

	VolumeExport(CatalogueAccess access, CaseCatalogue catalogue, CatalogueAudit audit, Courts courts, Causes causes,
			Docket docket, FileStore files, CourtFonts fonts, MessageSource messages) {
		this.messages = messages;
		this.access = access;
		this.catalogue = catalogue;
		this.audit = audit;
		this.courts = courts;
		this.causes = causes;
		this.docket = docket;
		this.files = files;
		this.fonts = fonts;
	}

	/** A volume ready to be written. */
	public static final class Job {

		private final PdfVolumeWriter writer;
		private final String fileName;

		Job(PdfVolumeWriter writer, String fileName) {
			this.writer = writer;
			this.fileName = fileName;
		}

		/** E.g. {@code （2026）吉0104民初1号-正卷.pdf}. */
		public String fileName() {
			return fileName;
		}

		public TocLayout layout() {
			return writer.layout();
		}

		public void writeTo(OutputStream out) throws IOException {
			writer.writeTo(out);
		}
	}

	/**
	 * Checks that {@code actor} may export the volume, audits it and gathers what the PDF needs.
	 *
	 * @throws DomainException not found for a case the actor cannot read, and for 副卷 asked for by a party.
	 */
	@Transactional
	public Job prepare(Actor actor, CaseId caseId, Volume volume) {
		CatalogueAccess.Reading reading = access.reading(actor, caseId);
		if (volume == Volume.SIDE && !reading.readership().court()) {
			throw DomainException.notFound("casefile-volume-not-found", "problem.casefile-volume-not-found.detail");
		}
		Catalogue file = catalogue.catalogue(reading.overview(), reading.readership());
		audit.export(caseId, volume);
		List<BoundMaterial> bound = file.volume(volume)
			.stream()
			.map(VolumeExport::bound)
			.toList();
		VolumeCover cover = cover(reading.overview(), volume);
		return new Job(new PdfVolumeWriter(cover, bound, files::open, fonts),
				cover.caseNumber() + "-" + volume.chineseName() + ".pdf");
	}

	private static BoundMaterial bound(CatalogueEntry e) {
		return new BoundMaterial(e.seq(), e.material(), e.category().code(), e.category().name());
	}

	VolumeCover cover(CaseOverview overview, Volume volume) {
		String court = courts.find(overview.registration().courtId())
			.map(Courts.CourtSummary::name)
			.orElse(overview.registration().courtId().value());
		String cause = overview.registration().causeCode() == null ? null
				: causes.find(overview.registration().causeCode()).map(CauseOfAction::name).orElse(null);
		Map<PartySide, String> sides = overview.partiesOnly()
			.stream()
			.collect(Collectors.groupingBy(CaseParty::side, java.util.TreeMap::new,
					Collectors.mapping(CaseParty::name, Collectors.joining("、"))));
		List<String> parties = sides.entrySet()
			.stream()
			.map(e -> sideName(e.getKey()) + "：" + e.getValue())
			.toList();
		LocalDate closedOn = null;
		if (overview.stage() == CaseStage.CLOSED || overview.stage() == CaseStage.ARCHIVED) {
			closedOn = docket.entriesFor(overview.id(), Audience.COURT)
				.stream()
				.filter(e -> e.type() == DocketEntryType.CLOSED)
				.map(DocketEntry::occurredOn)
				.reduce((a, b) -> b)
				.orElse(null);
		}
		return new VolumeCover(court, volume, overview.registration().caseNumber().format(),
				overview.registration().title(), cause, parties,
				overview.responsibleJudge().map(TeamMember::name).orElse(null), overview.registration().registeredOn(),
				closedOn);
	}

	private String sideName(PartySide side) {
		return messages.getMessage(side.labelKey(), null, side.name(), java.util.Locale.SIMPLIFIED_CHINESE);
	}
}
