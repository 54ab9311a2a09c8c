package io.castellan.identity.apikey.event;

import java.util.List;

/**
 * One entry of a key's permission ceiling: these actions, within this scope (a permission-block scope as
 * authz-service understands it: {@code mode} plus the fields that mode needs).
 */
public record CeilingGrant(List<String> actions, CeilingScope scope) {

	public record CeilingScope(String mode, String objectKind, String objectType, String objectId, String groupId) {
	}

}
