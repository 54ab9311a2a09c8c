package io.castellan.authz.index;

/**
 * The object of a check. {@code type} is namespaced {@code kind:sub} ({@code entity:device}); both type and id are
 * optional, a check on the tenant itself naming neither.
 */
public record ObjectRef(String tenantId, String type, String id) {

	/** The kind: the part of the type before the colon. */
	public String kind() {
		if (this.type == null) {
			return null;
		}
		int colon = this.type.indexOf(':');
		return (colon < 0) ? this.type : this.type.substring(0, colon);
	}

}
