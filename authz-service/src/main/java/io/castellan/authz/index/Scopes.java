package io.castellan.authz.index;

import io.castellan.schemas.authz.PermissionBlock;

/** Which targets each scope mode covers. The group modes read only the target's pre-expanded containers. */
final class Scopes {

	private Scopes() {
	}

	static boolean covers(PermissionBlock.Scope scope, Target target) {
		return covers(scope.mode(), scope.objectType(), scope.objectId(), scope.groupId(), target);
	}

	static boolean covers(String mode, String objectType, String objectId, String groupId, Target target) {
		return switch (mode) {
			case "tenant", "platform" -> true;
			case "object_kind" -> objectType.equals(target.kind());
			case "object_type" -> objectType.equals(target.type());
			case "object" -> objectType.equals(target.type()) && objectId.equals(target.id());
			// The group itself, addressed as an object.
			case "group" -> target.group() && target.depthOf(groupId) == 0;
			case "group_direct_objects" -> !target.group() && target.depthOf(groupId) == 0;
			case "group_descendant_objects" -> !target.group() && target.depthOf(groupId) >= 0;
			// A group's containers start with the group itself: its parent is at 1, further ancestors beyond.
			case "group_child_groups" -> target.group() && target.depthOf(groupId) == 1;
			case "group_descendant_groups" -> target.group() && target.depthOf(groupId) >= 1;
			default -> false;
		};
	}

}
