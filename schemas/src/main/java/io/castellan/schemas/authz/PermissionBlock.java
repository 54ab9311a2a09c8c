package io.castellan.schemas.authz;

import java.util.List;
import java.util.Map;

/**
 * A permission block as published: an effect over some actions within a scope, under optional ABAC conditions.
 * @param effect {@code allow} or {@code deny}
 * @param actions action names, for example {@code read}
 * @param scope where the block applies
 * @param conditions dot-paths ({@code entity.attributes.site}, {@code object.attributes.level}, {@code tenant.status},
 * {@code context.time}, {@code context.<name>}) to a literal (equality) or an operator object ({@code eq, neq,
 * contains, in, gt, gte, lt, lte}); all must hold and a missing path fails closed. Null or empty: unconditional
 * (added in a compatible revision: may be absent)
 */
public record PermissionBlock(String effect, List<String> actions, Scope scope, Map<String, Object> conditions) {

	/** An unconditional block. */
	public PermissionBlock(String effect, List<String> actions, Scope scope) {
		this(effect, actions, scope, null);
	}

	/**
	 * @param mode {@code platform}, {@code tenant}, {@code object_kind}, {@code object_type}, {@code object},
	 * {@code group}, {@code group_direct_objects}, {@code group_descendant_objects}, {@code group_child_groups} or
	 * {@code group_descendant_groups}
	 * @param objectType the object type or kind for the {@code object_kind}/{@code object_type} modes
	 * @param objectId the object id for the {@code object} mode
	 * @param groupId the object group of the {@code group*} modes (added in a compatible revision: may be absent)
	 */
	public record Scope(String mode, String objectType, String objectId, String groupId) {

		/** A scope of the first revision, naming no object group. */
		public Scope(String mode, String objectType, String objectId) {
			this(mode, objectType, objectId, null);
		}

	}

}
