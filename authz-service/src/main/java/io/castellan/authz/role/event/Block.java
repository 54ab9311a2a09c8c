package io.castellan.authz.role.event;

import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.PermissionBlock;

/**
 * A permission block as stored in role and policy events: an effect over actions within a scope.
 * @param scopeMode {@code platform}, {@code tenant}, {@code object_kind}, {@code object_type}, {@code object} or
 * one of the {@code group*} modes
 * @param objectType the kind ({@code entity}) or type ({@code entity:device}) for the kind/type/object modes
 * @param objectId the object id for the {@code object} mode
 * @param groupId the object group of the {@code group*} modes (absent in events stored before they existed)
 * @param conditions ABAC conditions, all of which must hold (see {@code Conditions}); null when unconditional
 */
public record Block(String effect, List<String> actions, String scopeMode, String objectType, String objectId,
		String groupId, Map<String, Object> conditions) {

	/** The block in its published form. */
	public PermissionBlock toPublished() {
		return new PermissionBlock(this.effect, this.actions,
				new PermissionBlock.Scope(this.scopeMode, this.objectType, this.objectId, this.groupId),
				this.conditions);
	}

}
