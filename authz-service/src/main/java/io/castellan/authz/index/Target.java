package io.castellan.authz.index;

import java.util.List;
import java.util.Map;

/**
 * The object of a check once resolved against the registry: a registered object or object group answers with
 * what the registry knows, an unregistered object with what the request says.
 * @param group whether the target is an object group (addressed as an object, for the {@code group*} modes)
 * @param containers the groups the target sits in, nearest first; for a group, the group itself first. Empty when
 * it sits in none or is not registered
 * @param attributes the object's attributes, or null when unknown (an unregistered object)
 */
record Target(String tenantId, String type, String id, boolean group, List<String> containers,
		Map<String, Object> attributes) {

	/** The kind: the part of the type before the colon. */
	String kind() {
		if (this.type == null) {
			return null;
		}
		int colon = this.type.indexOf(':');
		return (colon < 0) ? this.type : this.type.substring(0, colon);
	}

	/** Where {@code groupId} is among the containers: 0 the nearest, -1 not at all. */
	int depthOf(String groupId) {
		return (groupId != null) ? this.containers.indexOf(groupId) : -1;
	}

}
