package org.smartcourt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * SmartCourt (智慧法院一体化平台): one modular monolith, one top-level package per module.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared", systemName = "SmartCourt")
public class SmartCourtApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmartCourtApplication.class, args);
	}
}
