package io.castellan.authz.change;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an access-model event changed for whom, read from an index that already reflects it: the principals the new
 * grant reaches (through a principal group: its members and those of the groups under it) and the (action, scope)
 * pairs of the blocks reaching them, allows as gained and denies as lost. It names the grants that arrived, not a
 * recomputed difference of effective rights: a subject that already had the access through another grant is named
 * too, which a cache can apply idempotently. Each event costs what it touches: the index keeps every group's
 * effective members, so nothing walks all principals.
 */
final class AccessChanges {

	/** Subjects per event, so one event stays far below Kafka's record size limit. */
	static final int SUBJECTS_PER_EVENT = 500;

	private final PermissionIndex index;

	private final JsonMapper json;

	AccessChanges(PermissionIndex index, JsonMapper json) {
		this.index = index;
		this.json = json;
	}

	/** @return nothing when the event grants nothing to anyone (or is of another kind) */
	List<AccessChanged> of(InboundEvent event) {
		return switch (String.valueOf(event.type())) {
			case RoleAssigned.TYPE -> {
				RoleAssigned assigned = event.dataAs(RoleAssigned.class, this.json);
				yield changes(event, assigned.tenantId(), List.of(assigned.principalId()),
						this.index.blocksOf(assigned.roleId()));
			}
			case RoleAssignedToGroup.TYPE -> {
				RoleAssignedToGroup assigned = event.dataAs(RoleAssignedToGroup.class, this.json);
				yield changes(event, assigned.tenantId(), this.index.principalsUnder(assigned.groupId()),
						this.index.blocksOf(assigned.roleId()));
			}
			case PolicyAttached.TYPE -> {
				PolicyAttached attached = event.dataAs(PolicyAttached.class, this.json);
				yield changes(event, attached.tenantId(), (attached.groupId() != null)
						? this.index.principalsUnder(attached.groupId()) : List.of(attached.principalId()),
						List.of(attached.block()));
			}
			case PrincipalGroupMemberAdded.TYPE -> {
				PrincipalGroupMemberAdded added = event.dataAs(PrincipalGroupMemberAdded.class, this.json);
				yield changes(event, added.tenantId(), List.of(added.principalId()),
						this.index.blocksInheritedBy(added.groupId()));
			}
			default -> List.of();
		};
	}

	private static List<AccessChanged> changes(InboundEvent cause, String tenantId, List<String> principals,
			List<PermissionBlock> blocks) {
		if (principals.isEmpty() || blocks.isEmpty()) {
			return List.of();
		}
		List<AccessChanged.Access> gained = accesses(blocks, "allow");
		List<AccessChanged.Access> lost = accesses(blocks, "deny");
		List<AccessChanged> changes = new ArrayList<>();
		for (int from = 0; from < principals.size(); from += SUBJECTS_PER_EVENT) {
			List<String> chunk = principals.subList(from, Math.min(principals.size(), from + SUBJECTS_PER_EVENT));
			String changeId = UUID
				.nameUUIDFromBytes(("access/" + cause.id() + "/" + from).getBytes(StandardCharsets.UTF_8))
				.toString();
			changes.add(new AccessChanged(changeId, tenantId, cause.type(), cause.id(), List.copyOf(chunk), gained,
					lost));
		}
		return changes;
	}

	private static List<AccessChanged.Access> accesses(List<PermissionBlock> blocks, String effect) {
		Set<AccessChanged.Access> accesses = new LinkedHashSet<>();
		for (PermissionBlock block : blocks) {
			if (block.effect().equals(effect)) {
				boolean conditional = block.conditions() != null && !block.conditions().isEmpty();
				block.actions().forEach((action) -> accesses.add(new AccessChanged.Access(action, block.scope(),
						conditional)));
			}
		}
		return List.copyOf(accesses);
	}

}
