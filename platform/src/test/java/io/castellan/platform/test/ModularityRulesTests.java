package io.castellan.platform.test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModularityRulesTests {

	@Test
	void checkWhenCommandImportsQueryThenFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ModularityRules.check("fixture",
					new ClassFileImporter().importPackages("io.castellan.fixture")))
			.withMessageContaining("the write side never reads read models");
	}

}
