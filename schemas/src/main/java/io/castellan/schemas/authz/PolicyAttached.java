package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * A direct policy attached one permission block to a principal or (when {@code groupId} is set) to a principal
 * group, in a tenant. Schema: {@code schemas/castellan.authz.policy.attached.v1.json}.
 */
public record PolicyAttached(String policyId, String tenantId, String principalId, String groupId,
		PermissionBlock block) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.policy.attached.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.policyId;
	}

}
