package io.castellan.authz.role.event;

import java.util.List;

import io.castellan.schemas.authz.PermissionBlock;

/**
 * A permission block as stored in role events: an effect over actions within a scope.
 * @param scopeMode {@code tenant}, {@code object_kind}, {@code object_type} or {@code object}
 * @param objectType the kind ({@code entity}) or type ({@code entity:device}) for the kind/type/object modes
 * @param objectId the object id for the {@code object} mode
 */
public record Block(String effect, List<String> actions, String scopeMode, String objectType, String objectId) {

	/** The block in its published form. */
	public PermissionBlock toPublished() {
		return new PermissionBlock(this.effect, this.actions,
				new PermissionBlock.Scope(this.scopeMode, this.objectType, this.objectId));
	}

}
