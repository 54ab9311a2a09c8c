package io.castellan.authz.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A principal as checks need it.
 * @param attributes the profile attributes {@code entity.attributes.<path>} conditions read
 */
record PrincipalEntry(String tenantId, String kind, String status, Map<String, Object> attributes) {

	static Map<String, Object> copy(Map<String, Object> attributes) {
		// JSON attributes may hold nulls, which Map.copyOf refuses; most principals have none.
		return (attributes != null && !attributes.isEmpty())
				? Collections.unmodifiableMap(new LinkedHashMap<>(attributes)) : Map.of();
	}

}
