package io.castellan.authz.index;

import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.RoleCreated;

/**
 * Everything the index knows, as plain immutable data: what a snapshot stores and a rebuild must reproduce.
 * @param format {@link #FORMAT} when written by this code; a snapshot of another format is not read but replaced by
 * a rebuild from the topics
 * @param principalGrants per principal, its assignments and direct policies in arrival order
 * @param groupGrants the same per principal group
 */
record IndexState(int format, Map<String, String> tenantStatus, Map<String, PrincipalEntry> principals,
		Map<String, RoleCreated> roles, Map<String, PrincipalGroupCreated> groups,
		Map<String, List<String>> effectiveGroups, Map<String, List<GrantState>> principalGrants,
		Map<String, List<GrantState>> groupGrants, ObjectState objects, Map<String, ApiKeyCeilings.Entry> apiKeys) {

	/**
	 * 2: grants per holder, direct policies as blocks of their own. Format 1 (no field; policies as one-block roles)
	 * is rebuilt from the topics.
	 */
	static final int FORMAT = 2;

	/**
	 * The registered objects and object groups, with each group's expanded ancestry.
	 * @param ancestry each group with its ancestors, itself first
	 */
	record ObjectState(Map<String, RegisteredObject> objects, Map<String, RegisteredObjectGroup> groups,
			Map<String, List<String>> ancestry) {
	}

	/**
	 * A role assignment ({@code roleId} set) or a direct policy ({@code tenantId} and {@code block} set).
	 */
	record GrantState(String id, String roleId, String tenantId, PermissionBlock block) {

		static GrantState of(Grant grant) {
			return switch (grant) {
				case Assignment assignment -> new GrantState(assignment.id(), assignment.roleId(), null, null);
				case Policy policy -> new GrantState(policy.id(), null, policy.tenantId(), policy.published());
			};
		}

	}

}
