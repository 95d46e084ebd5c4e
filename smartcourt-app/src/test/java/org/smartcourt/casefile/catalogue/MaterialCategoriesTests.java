package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.catalogue.MaterialCategories;
import org.smartcourt.casefile.internal.catalogue.MaterialCategory;
import org.smartcourt.casefile.internal.catalogue.MaterialId;
import org.smartcourt.casefile.internal.catalogue.MaterialSource;
import org.smartcourt.casefile.internal.catalogue.Volume;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.core.io.ClassPathResource;

/** The bundled category list: binding order per volume, where filing attachments and documents go, and its checks. */
class MaterialCategoriesTests {

	static final String COLUMNS = "code,volume,order,name,parties_visible,attachment_kinds,document_kinds";

	static MaterialCategories bundled() {
		return categories(ReferenceFile.read(new ClassPathResource("reference/casefile/material-categories.csv"),
				COLUMNS));
	}

	static MaterialCategories categories(ReferenceFile file) {
		try {
			var constructor = MaterialCategories.class.getDeclaredConstructor(ReferenceFile.class);
			constructor.setAccessible(true);
			return constructor.newInstance(file);
		}
		catch (java.lang.reflect.InvocationTargetException e) {
			throw (RuntimeException) e.getCause();
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void mainVolumeFollowsTheBindingOrderOfCivilCases() {
		List<String> names = bundled().of(Volume.MAIN).stream().map(MaterialCategory::name).toList();
		assertThat(names.get(0)).contains("立案审批表");
		assertThat(names).containsSubsequence("起诉状及附件", "答辩状", "当事人身份证明", "证据材料", "传票、出庭通知书",
				"庭审笔录", "判决书、裁定书、调解书", "宣判笔录", "送达回证", "其他材料");
		assertThat(names.get(names.size() - 1)).isEqualTo("其他材料");
	}

	@Test
	void sideVolumeHoldsTheInternalRecordsAndIsNeverForParties() {
		List<MaterialCategory> side = bundled().of(Volume.SIDE);
		assertThat(side).extracting(MaterialCategory::name)
			.containsExactly("审理报告", "合议庭评议笔录", "审判委员会讨论记录", "院庭长监督记录、审批材料", "其他内部材料");
		assertThat(side).noneMatch(MaterialCategory::partiesVisible);
	}

	@Test
	void filingAttachmentsAndDocumentsFindTheirCategories() {
		MaterialCategories c = bundled();
		assertThat(c.forAttachment("COMPLAINT").code()).isEqualTo("COMPLAINT");
		assertThat(c.forAttachment("LAWYER_LICENSE").code()).isEqualTo("AUTHORIZATION");
		assertThat(c.forAttachment("EVIDENCE").code()).isEqualTo("EVIDENCE");
		assertThat(c.forAttachment("SOMETHING_NEW").code()).isEqualTo("OTHER");
		assertThat(c.forDocument("JUDGMENT").code()).isEqualTo("JUDGMENT");
		assertThat(c.forDocument("SUMMONS").code()).isEqualTo("SUMMONS");
		assertThat(c.forDocument("TRIAL_REPORT").volume()).isEqualTo(Volume.SIDE);
		assertThat(c.forDocument("UNKNOWN").code()).isEqualTo("OTHER");
	}

	@Test
	void materialsAreOrderedByVolumeThenCategoryThenArrival() {
		MaterialCategories c = bundled();
		Instant t = Instant.parse("2026-11-01T00:00:00Z");
		CaseMaterial report = material("TRIAL_REPORT", Volume.SIDE, t);
		CaseMaterial lateComplaint = material("COMPLAINT", Volume.MAIN, t.plusSeconds(100));
		CaseMaterial evidence2 = material("EVIDENCE", Volume.MAIN, t.plusSeconds(50));
		CaseMaterial evidence1 = material("EVIDENCE", Volume.MAIN, t.plusSeconds(10));
		CaseMaterial receipt = material("SERVICE_RECEIPT", Volume.MAIN, t);
		List<CaseMaterial> sorted = new ArrayList<>(List.of(report, receipt, evidence2, lateComplaint, evidence1));
		sorted.sort(c.bindingOrder());
		assertThat(sorted).containsExactly(lateComplaint, evidence1, evidence2, receipt, report);
	}

	@Test
	void aFileWithoutTheCategoriesListenersNeedIsRefused() throws IOException {
		String text = "# version: test\n" + COLUMNS + "\nCOMPLAINT,MAIN,20,起诉状,true,COMPLAINT,\n";
		ReferenceFile file = ReferenceFile.read(new BufferedReader(new StringReader(text)), "test.csv", COLUMNS);
		assertThatThrownBy(() -> categories(file)).isInstanceOf(IllegalStateException.class).hasMessageContaining("OTHER");
	}

	static CaseMaterial material(String category, Volume volume, Instant at) {
		return new CaseMaterial(new MaterialId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), category, volume,
				category, null, null, null, 1, MaterialSource.COURT_UPLOAD, UUID.randomUUID().toString(), "judge",
				"法官", at, volume == Volume.MAIN, null, null, null, null);
	}
}
