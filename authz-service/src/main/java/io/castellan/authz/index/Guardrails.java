package io.castellan.authz.index;

import java.util.List;

import io.castellan.platform.web.ProblemException;
import io.castellan.schemas.authz.PermissionBlock;

import org.springframework.http.HttpStatus;

/**
 * Grants refused at write time because they are dangerous whatever the model says: a device may never
 * {@code manage} resources, neither directly nor through a group it is (or becomes) a member of. A refused write
 * stores nothing.
 */
public final class Guardrails {

	private final PermissionIndex index;

	public Guardrails(PermissionIndex index) {
		this.index = index;
	}

	/** @throws ProblemException 422 {@code guardrail_violation} */
	public void checkAssignmentToPrincipal(List<PermissionBlock> blocks, String principalId) {
		if (isDevice(principalId) && managesResources(blocks)) {
			throw violation("A device may never manage resources; this role would let it.");
		}
	}

	/** Every member of the group and of its descendant groups would get the role. */
	public void checkAssignmentToGroup(List<PermissionBlock> blocks, String groupId) {
		if (managesResources(blocks) && this.index.membersOf(groupId).stream().anyMatch(this::isDevice)) {
			throw violation("A device is a member of this group (or of a group under it), and a device may never "
					+ "manage resources; this role would let it.");
		}
	}

	/** The new member would get the roles of the group and of its ancestors. */
	public void checkMembership(String groupId, String principalId) {
		if (!isDevice(principalId)) {
			return;
		}
		for (String group : this.index.withAncestors(groupId)) {
			for (Grant grant : this.index.grantsOfGroup(group)) {
				if (grant.known() && managesResources(grant.publishedBlocks())) {
					throw violation("A device may never manage resources; group " + group + " holds role '"
							+ grant.roleName() + "', which would let it.");
				}
			}
		}
	}

	private boolean isDevice(String principalId) {
		return this.index.principalKind(principalId).map("device"::equals).orElse(false);
	}

	static boolean managesResources(List<PermissionBlock> blocks) {
		return blocks.stream()
			.filter((block) -> block.effect().equals("allow") && block.actions().contains("manage"))
			.anyMatch((block) -> coversResources(block.scope()));
	}

	private static boolean coversResources(PermissionBlock.Scope scope) {
		return switch (scope.mode()) {
			case "tenant", "platform" -> true;
			case "object_kind" -> "resource".equals(scope.objectType());
			// What sits in a group changes after the grant; a write-time check can only assume the worst.
			case "group_direct_objects", "group_descendant_objects" -> true;
			case "group", "group_child_groups", "group_descendant_groups" -> false;
			default -> scope.objectType() != null && scope.objectType().startsWith("resource:");
		};
	}

	private static ProblemException violation(String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "guardrail_violation", detail);
	}

}
