package io.castellan.schemas.authz;

import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/**
 * An object (something access is granted on: a device, a channel, a rule) was registered in a tenant with its
 * {@code kind:sub} type and attributes, directly inside an object group or in none.
 * Schema: {@code schemas/castellan.authz.object.registered.v1.json}.
 * @param attributes read by ABAC conditions as {@code object.attributes.<path>}
 * @param groupId the object group it sits in directly (an object sits in at most one), or null
 */
public record ObjectRegistered(String objectId, String tenantId, String type, Map<String, Object> attributes,
		String groupId) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object.registered.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.objectId;
	}

}
