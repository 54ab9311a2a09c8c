package io.castellan.authz.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.identity.ApiKeyCreated;
import io.castellan.schemas.identity.ApiKeyRevoked;

/**
 * The API keys identity-service announced, with their permission ceilings. A check made with a key answers the
 * owner's live decision intersected with the ceiling: an allow stands only when some ceiling entry names the action
 * and its scope covers the object. No ceiling: the owner's rights; an empty ceiling: nothing.
 */
final class ApiKeyCeilings {

	private final Map<String, Entry> keys = new ConcurrentHashMap<>();

	void apply(ApiKeyCreated event) {
		this.keys.put(event.keyId(), new Entry(event.ownerId(), event.tenantId(), event.ceiling(), false));
	}

	void apply(ApiKeyRevoked event) {
		this.keys.computeIfPresent(event.keyId(),
				(id, entry) -> new Entry(entry.ownerId(), entry.tenantId(), entry.ceiling(), true));
	}

	Map<String, Entry> export() {
		return Map.copyOf(this.keys);
	}

	void load(Map<String, Entry> state) {
		this.keys.clear();
		if (state != null) {
			this.keys.putAll(state);
		}
	}

	/** The decision as the key may use it. */
	Decision restrict(Decision owners, String principalId, String keyId, String action, Target target) {
		Entry key = this.keys.get(keyId);
		if (key == null || !key.ownerId().equals(principalId)) {
			return Decision.deny("api_key_unknown", "No API key " + keyId + " of this principal.");
		}
		if (key.revoked()) {
			return Decision.deny("api_key_revoked", "The API key was revoked.");
		}
		if (!owners.allowed() || key.ceiling() == null) {
			return owners;
		}
		for (ApiKeyCreated.Grant grant : key.ceiling()) {
			if (grant.actions().contains(action) && covers(key, grant.scope(), target)) {
				return owners;
			}
		}
		return Decision.deny("api_key_ceiling",
				"The owner may, but the key's permission ceiling does not allow '" + action + "' here.");
	}

	private static boolean covers(Entry key, ApiKeyCreated.Scope scope, Target target) {
		if (target == null) {
			return false;
		}
		// A ceiling never reaches beyond the key's tenant, except a platform key's.
		if (!key.tenantId().equals(PermissionIndex.PLATFORM) && !key.tenantId().equals(target.tenantId())) {
			return false;
		}
		String type = scope.mode().equals("object_kind")
				? ((scope.objectKind() != null) ? scope.objectKind() : scope.objectType()) : scope.objectType();
		boolean complete = switch (scope.mode()) {
			case "object_kind", "object_type" -> type != null;
			case "object" -> type != null && scope.objectId() != null;
			case "platform", "tenant" -> true;
			default -> scope.groupId() != null;
		};
		// An entry missing a field its mode needs covers nothing.
		return complete && Scopes.covers(new PermissionBlock.Scope(scope.mode(), type, scope.objectId(),
				scope.groupId()), target);
	}

	/** One key: its owner and tenant, its ceiling ({@code null}: none) and whether it was revoked. */
	record Entry(String ownerId, String tenantId, List<ApiKeyCreated.Grant> ceiling, boolean revoked) {
	}

}
