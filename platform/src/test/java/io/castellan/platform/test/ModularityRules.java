package io.castellan.platform.test;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout rules of STYLE.md, checked on a service's main classes: within each aggregate module, {@code command}
 * and {@code query} never import each other, {@code event} imports neither, nothing but {@code web} imports
 * {@code web}; and a service never imports another service.
 */
public final class ModularityRules {

	private static final List<String> SERVICES = List.of("identity", "tenant", "authz", "audit", "notification",
			"provisioning", "gateway");

	private ModularityRules() {
	}

	/** Checks the rules on the classes under {@code io.castellan.<service>}; fails with every violation. */
	public static void check(String service) {
		check(service, new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.castellan." + service));
	}

	static void check(String service, JavaClasses classes) {
		String base = "io.castellan." + service;
		List<ArchRule> rules = new java.util.ArrayList<>(List.of(
				noClasses().that()
					.resideInAPackage("..command..")
					.should()
					.dependOnClassesThat()
					.resideInAPackage("..query..")
					.because("the write side never reads read models"),
				noClasses().that()
					.resideInAPackage("..query..")
					.should()
					.dependOnClassesThat()
					.resideInAPackage("..command..")
					.because("read models are built from events, not commands"),
				noClasses().that()
					.resideInAPackage("..event..")
					.should()
					.dependOnClassesThat()
					.resideInAnyPackage("..command..", "..query..", "..web..")
					.because("events are plain facts"),
				noClasses().that()
					.resideOutsideOfPackage("..web..")
					.should()
					.dependOnClassesThat()
					.resideInAPackage(base + ".(*).web..")
					.because("dependencies run from web inwards")));
		for (String other : SERVICES) {
			if (!other.equals(service)) {
				rules.add(noClasses().should()
					.dependOnClassesThat()
					.resideInAPackage("io.castellan." + other + "..")
					.because("a service never imports another service"));
			}
		}
		rules.forEach((rule) -> rule.allowEmptyShould(true).check(classes));
	}

}
