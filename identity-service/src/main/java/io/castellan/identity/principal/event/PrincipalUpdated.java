package io.castellan.identity.principal.event;

import java.time.Instant;
import java.util.Map;

/** A principal's name, alias, email or attributes changed; the event carries all four as they are now
 * and the principal's version after it. */
public record PrincipalUpdated(String principalId, String tenantId, String name, String alias, String email,
		Map<String, Object> attributes, long version, String updatedBy, Instant updatedAt, Integer profileVersion) {
}
