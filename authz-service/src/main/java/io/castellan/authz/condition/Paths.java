package io.castellan.authz.condition;

import java.util.Map;

/** The dot-paths conditions may read, and how a path is followed into nested attribute maps. */
public final class Paths {

	public static final String ENTITY_ATTRIBUTES = "entity.attributes.";

	public static final String OBJECT_ATTRIBUTES = "object.attributes.";

	public static final String TENANT_STATUS = "tenant.status";

	public static final String CONTEXT = "context.";

	private Paths() {
	}

	static boolean isKnown(String path) {
		if (TENANT_STATUS.equals(path)) {
			return true;
		}
		for (String root : new String[] { ENTITY_ATTRIBUTES, OBJECT_ATTRIBUTES, CONTEXT }) {
			if (path.startsWith(root)) {
				String rest = path.substring(root.length());
				return !rest.isEmpty() && !rest.startsWith(".") && !rest.endsWith(".") && !rest.contains("..");
			}
		}
		return false;
	}

	/**
	 * Follows {@code a.b.c} through nested maps.
	 * @return the value, or null when a step is missing or not a map
	 */
	public static Object follow(Map<String, Object> root, String path) {
		Object current = root;
		int start = 0;
		while (current != null) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			int dot = path.indexOf('.', start);
			String step = (dot < 0) ? path.substring(start) : path.substring(start, dot);
			current = map.get(step);
			if (dot < 0) {
				return current;
			}
			start = dot + 1;
		}
		return null;
	}

}
