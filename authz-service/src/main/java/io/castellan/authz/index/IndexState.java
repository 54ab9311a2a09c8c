package io.castellan.authz.index;

import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.RoleCreated;

/** Everything the index knows, as plain immutable data: what a snapshot stores and a rebuild must reproduce. */
record IndexState(Map<String, String> tenantStatus, Map<String, PermissionIndex.PrincipalEntry> principals,
		Map<String, RoleCreated> roles, Map<String, PrincipalGroupCreated> groups,
		Map<String, List<String>> effectiveGroups, Map<String, List<PermissionIndex.Grant>> grantsBySubject,
		ObjectState objects, Map<String, ApiKeyCeilings.Entry> apiKeys) {

	/**
	 * The registered objects and object groups, with each group's expanded ancestry.
	 * @param ancestry each group with its ancestors, itself first
	 */
	record ObjectState(Map<String, RegisteredObject> objects, Map<String, RegisteredObjectGroup> groups,
			Map<String, List<String>> ancestry) {
	}

}
