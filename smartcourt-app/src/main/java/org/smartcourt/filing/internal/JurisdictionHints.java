package org.smartcourt.filing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.filing.FilingCheckResult.JurisdictionHint;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingContent.Party;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.springframework.stereotype.Component;

/**
 * A dry run of territorial jurisdiction: the basic court of the place in each defendant's address. Civil suits go to
 * the defendant's domicile (民事诉讼法 art. 22), administrative suits to where the defendant organ is (行政诉讼法
 * art. 18). Only a hint: agreements, the place of performance or of the tort may point elsewhere, and the clerk
 * decides.
 */
@Component
class JurisdictionHints {

	static final String CIVIL_BASIS = "被告住所地";
	static final String CIVIL_CITATION = "《民事诉讼法》第二十二条";
	static final String ADMINISTRATIVE_BASIS = "作出行政行为的行政机关所在地";
	static final String ADMINISTRATIVE_CITATION = "《行政诉讼法》第十八条第一款";

	private final Courts courts;

	JurisdictionHints(Courts courts) {
		this.courts = courts;
	}

	List<JurisdictionHint> hintsFor(FilingContent content) {
		if (content.kind() == null || content.kind() == FilingKind.PRIVATE_PROSECUTION || content.kind().isAppeal()) {
			// an appeal goes to the court above the original court (民事诉讼法 art. 171), not by the defendant's domicile
			return List.of();
		}
		boolean administrative = content.kind() == FilingKind.ADMINISTRATIVE;
		Map<String, JurisdictionHint> hints = new LinkedHashMap<>();
		List<Courts.CourtSummary> basic = courts.all().stream().filter(c -> c.level() == CourtLevel.BASIC).toList();
		for (Party defendant : content.partiesIn(PartyRole.DEFENDANT)) {
			courtFor(defendant.address(), basic).ifPresent(court -> hints.putIfAbsent(court.id().value(),
					new JurisdictionHint(court.id().value(), court.name(),
							administrative ? ADMINISTRATIVE_BASIS : CIVIL_BASIS,
							administrative ? ADMINISTRATIVE_CITATION : CIVIL_CITATION,
							court.id().value().equals(content.targetCourt()))));
		}
		return new ArrayList<>(hints.values());
	}

	/**
	 * The basic court whose place name the address names: its district or county (朝阳区, 农安县, 榆树市) and, where the
	 * court's name has one, its city (长春市朝阳区 is not 吉林市昌邑区's 朝阳).
	 */
	static Optional<Courts.CourtSummary> courtFor(String address, List<Courts.CourtSummary> basicCourts) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		Courts.CourtSummary best = null;
		int bestScore = 0;
		for (Courts.CourtSummary court : basicCourts) {
			String place = court.name().replace("人民法院", "");
			int cityEnd = place.indexOf('市');
			String city = cityEnd > 0 && cityEnd < place.length() - 1 ? place.substring(0, cityEnd) : "";
			String district = city.isEmpty() ? place : place.substring(cityEnd + 1);
			if (district.length() < 2 || !address.contains(district)) {
				continue;
			}
			int score = district.length() + (city.isEmpty() || address.contains(city) ? 10 : -100);
			if (score > bestScore) {
				best = court;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}
}
