package io.castellan.identity;

import io.castellan.platform.test.ModularityRules;
import org.junit.jupiter.api.Test;

class ModularityTests {

	@Test
	void packagesFollowTheLayoutRules() {
		ModularityRules.check("identity");
	}

}
