package io.castellan.authz.index;

import java.util.List;
import java.util.Map;

/**
 * The object of a check once resolved against the registry: a registered object or object group answers with
 * what the registry knows, an unregistered object with what the request says.
 * @param kind the part of the type before the colon; null without a type
 * @param group whether the target is an object group (addressed as an object, for the {@code group*} modes)
 * @param containers the groups the target sits in, nearest first; for a group, the group itself first. Empty when
 * it sits in none or is not registered
 * @param attributes the object's attributes, or null when unknown (an unregistered object)
 */
record Target(String tenantId, String type, String kind, String id, boolean group, List<String> containers,
		Map<String, Object> attributes) {

	Target(String tenantId, String type, String id, boolean group, List<String> containers,
			Map<String, Object> attributes) {
		this(tenantId, type, kindOf(type), id, group, containers, attributes);
	}

	private static String kindOf(String type) {
		if (type == null) {
			return null;
		}
		int colon = type.indexOf(':');
		return (colon < 0) ? type : type.substring(0, colon);
	}

	/** Where {@code groupId} is among the containers: 0 the nearest, -1 not at all. */
	int depthOf(String groupId) {
		return (groupId != null) ? this.containers.indexOf(groupId) : -1;
	}

	/**
	 * Every key a block covering this target is filed under ({@link Block#key}), each once: everywhere, the kind,
	 * the type, the id and the containers.
	 */
	String[] keys() {
		String[] keys = new String[4 + this.containers.size()];
		int count = 0;
		count = with(keys, count, Block.EVERYWHERE);
		count = with(keys, count, this.kind);
		count = with(keys, count, this.type);
		count = with(keys, count, this.id);
		for (String container : this.containers) {
			count = with(keys, count, container);
		}
		return (count == keys.length) ? keys : java.util.Arrays.copyOf(keys, count);
	}

	private static int with(String[] keys, int count, String key) {
		if (key == null) {
			return count;
		}
		for (int i = 0; i < count; i++) {
			if (keys[i].equals(key)) {
				return count;
			}
		}
		keys[count] = key;
		return count + 1;
	}

}
