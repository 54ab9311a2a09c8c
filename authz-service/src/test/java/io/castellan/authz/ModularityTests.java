package io.castellan.authz;

import io.castellan.platform.test.ModularityRules;
import org.junit.jupiter.api.Test;

class ModularityTests {

	@Test
	void packagesFollowTheLayoutRules() {
		ModularityRules.check("authz");
	}

}
