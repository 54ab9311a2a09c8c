package io.castellan.authz.object.web;

import java.util.Map;

import io.castellan.authz.index.RegisteredObject;

/** An object as the API shows it. */
public record ObjectResponse(String id, String tenantId, String type, String groupId, Map<String, Object> attributes,
		String consistencyToken) {

	static ObjectResponse of(RegisteredObject object) {
		return new ObjectResponse(object.id(), object.tenantId(), object.type(), object.groupId(),
				object.attributes(), null);
	}

}
