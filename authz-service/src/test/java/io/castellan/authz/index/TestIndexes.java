package io.castellan.authz.index;

import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;

/** Indexes built from published events, for tests outside the index package. */
public final class TestIndexes {

	private TestIndexes() {
	}

	public static PermissionIndex of(PublishedEvent... events) {
		PermissionIndex index = new PermissionIndex();
		for (PublishedEvent event : events) {
			switch (event) {
				case TenantCreated created -> index.apply(created);
				case PrincipalRegistered registered -> index.apply(registered);
				case PrincipalGroupCreated created -> index.apply(created);
				case PrincipalGroupMemberAdded added -> index.apply(added);
				case RoleCreated created -> index.apply(created);
				case RoleAssigned assigned -> index.apply(assigned);
				case RoleAssignedToGroup assigned -> index.apply(assigned);
				case PolicyAttached attached -> index.apply(attached);
				default -> throw new IllegalArgumentException("Not an event TestIndexes applies: " + event);
			}
		}
		return index;
	}

}
