package io.castellan.schemas.authz;

import java.util.List;

/**
 * A permission block as published: an effect over some actions within a scope.
 * @param effect {@code allow} or {@code deny}
 * @param actions action names, for example {@code read}
 * @param scope where the block applies
 */
public record PermissionBlock(String effect, List<String> actions, Scope scope) {

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
