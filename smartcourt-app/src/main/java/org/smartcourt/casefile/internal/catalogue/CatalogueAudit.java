package org.smartcourt.casefile.internal.catalogue;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.springframework.stereotype.Component;

/**
 * Audits every read of the case file against the case ({@code targetType} case), so the case page's 材料查阅记录 lists
 * it to the parties. The detail names the material by its title when the parties may read it, and otherwise only as
 * {@value #INTERNAL}: the log must not reveal what the 副卷 holds.
 */
@Component
public class CatalogueAudit {

	/** What the access log says instead of the title of internal material (副卷, court-only material). */
	public static final String INTERNAL = "内部材料";
	public static final String VIEW = "casefile.material.view";
	public static final String DOWNLOAD = "casefile.material.download";
	public static final String EXPORT = "casefile.export.download";
	public static final String LIST = "casefile.catalogue.read";

	private final AuditTrail audit;

	CatalogueAudit(AuditTrail audit) {
		this.audit = audit;
	}

	void material(CaseMaterial material, boolean inline) {
		audit.record(inline ? VIEW : DOWNLOAD, "case", material.caseId().toString(), AuditOutcome.SUCCESS,
				detailOf(material));
	}

	public void export(CaseId caseId, Volume volume) {
		audit.record(EXPORT, "case", caseId.toString(), AuditOutcome.SUCCESS,
				volume == Volume.SIDE ? INTERNAL : "正卷");
	}

	void list(CaseId caseId) {
		audit.record(LIST, "case", caseId.toString(), AuditOutcome.SUCCESS, null);
	}

	static String detailOf(CaseMaterial material) {
		return material.internal() ? INTERNAL : truncate(material.title());
	}

	private static String truncate(String title) {
		return title.length() <= 200 ? title : title.substring(0, 200);
	}
}
