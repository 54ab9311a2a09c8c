package io.castellan.authz.index;

import java.time.Clock;
import java.util.Map;

import io.castellan.authz.condition.Conditions;
import io.castellan.authz.condition.Paths;

/**
 * What the conditions of one check read: the subject principal's attributes, the object's (null when it is not
 * registered: every {@code object.attributes} condition then fails closed), the tenant's status and the request's
 * context, whose {@code time} defaults to the clock.
 */
record CheckFacts(PrincipalEntry principal, Target target, String tenantStatus,
		Map<String, Object> context, Clock clock) implements Conditions.Facts {

	@Override
	public Object lookup(String path) {
		if (path.equals(Paths.TENANT_STATUS)) {
			return this.tenantStatus;
		}
		if (path.startsWith(Paths.ENTITY_ATTRIBUTES)) {
			return (this.principal.attributes() != null) ? Paths.follow(this.principal.attributes(),
					path.substring(Paths.ENTITY_ATTRIBUTES.length())) : null;
		}
		if (path.startsWith(Paths.OBJECT_ATTRIBUTES)) {
			return (this.target.attributes() != null)
					? Paths.follow(this.target.attributes(), path.substring(Paths.OBJECT_ATTRIBUTES.length())) : null;
		}
		if (path.startsWith(Paths.CONTEXT)) {
			String name = path.substring(Paths.CONTEXT.length());
			Object value = (this.context != null) ? Paths.follow(this.context, name) : null;
			return (value == null && name.equals("time")) ? this.clock.instant() : value;
		}
		return null;
	}

}
