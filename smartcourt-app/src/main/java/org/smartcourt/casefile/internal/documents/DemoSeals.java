package org.smartcourt.casefile.internal.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.casefile.internal.pdf.CourtFonts;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: a drawn demo seal for every court that has demo staff and no seal yet. */
@Component
@Order(40)
class DemoSeals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeals.class);

	private final SmartCourtMode mode;
	private final Courts courts;
	private final Staffing staffing;
	private final CourtSeals seals;
	private final CourtFonts fonts;

	DemoSeals(SmartCourtMode mode, Courts courts, Staffing staffing, CourtSeals seals, CourtFonts fonts) {
		this.mode = mode;
		this.courts = courts;
		this.staffing = staffing;
		this.seals = seals;
		this.fonts = fonts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO) {
			return;
		}
		courts.all()
			.stream()
			.filter(c -> seals.info(c.id()).isEmpty() && !staffing.staffAt(c.id()).isEmpty())
			.forEach(c -> {
				seals.store(c.id(), "院印-演示.png", DemoSealImage.draw(c.name(), fonts.bold()), true, TemplateSeeder.SYSTEM);
				log.info("Demo seal drawn for {}", c.name());
			});
	}
}
