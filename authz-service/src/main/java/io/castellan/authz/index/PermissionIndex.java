package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;

/**
 * The materialized permission index: tenants, principals, roles and grants, built only from published events.
 * One writer (the index consumer) replaces immutable values in concurrent maps, so checks read without locks and
 * never touch the database.
 */
public final class PermissionIndex {

	private final Map<String, String> tenantStatus = new ConcurrentHashMap<>();

	private final Map<String, PrincipalEntry> principals = new ConcurrentHashMap<>();

	private final Map<String, RoleCreated> roles = new ConcurrentHashMap<>();

	private final Map<String, List<RoleAssigned>> grantsByPrincipal = new ConcurrentHashMap<>();

	void apply(TenantCreated event) {
		this.tenantStatus.put(event.tenantId(), event.status());
	}

	void apply(PrincipalRegistered event) {
		this.principals.put(event.principalId(), new PrincipalEntry(event.tenantId(), event.kind(), event.status()));
	}

	void apply(RoleCreated event) {
		this.roles.put(event.roleId(), event);
	}

	void apply(RoleAssigned event) {
		this.grantsByPrincipal.compute(event.principalId(), (id, grants) -> {
			List<RoleAssigned> next = (grants != null) ? new ArrayList<>(grants) : new ArrayList<>();
			next.removeIf((grant) -> grant.assignmentId().equals(event.assignmentId()));
			next.add(event);
			return List.copyOf(next);
		});
	}

	/** The tenant of a principal the index knows. */
	public Optional<String> principalTenant(String principalId) {
		return Optional.ofNullable(this.principals.get(principalId)).map(PrincipalEntry::tenantId);
	}

	/** May the principal do the action on the object? Deny overrides allow; no allow means deny. */
	public Decision check(String principalId, String action, ObjectRef object) {
		return evaluate(principalId, action, object, Trace.NONE);
	}

	/** The same decision as {@link #check}, with every assignment and block that was considered. */
	public Explanation explain(String principalId, String action, ObjectRef object) {
		Explanation.Recorder recorder = new Explanation.Recorder();
		return recorder.explain(evaluate(principalId, action, object, recorder));
	}

	private Decision evaluate(String principalId, String action, ObjectRef object, Trace trace) {
		String status = this.tenantStatus.get(object.tenantId());
		if (status == null) {
			return Decision.deny("tenant_unknown", "The object's tenant is unknown.");
		}
		if (!status.equals("active")) {
			return Decision.deny("tenant_not_active", "The object's tenant is " + status + ".");
		}
		PrincipalEntry principal = this.principals.get(principalId);
		if (principal == null) {
			return Decision.deny("principal_unknown", "The principal is unknown.");
		}
		if (!principal.status().equals("active")) {
			return Decision.deny("principal_not_active", "The principal is " + principal.status() + ".");
		}
		Decision.Match allow = null;
		for (RoleAssigned grant : this.grantsByPrincipal.getOrDefault(principalId, List.of())) {
			RoleCreated role = this.roles.get(grant.roleId());
			if (role == null) {
				trace.considered(new Explanation.Candidate(grant.assignmentId(), grant.roleId(), null, -1,
						"skipped_role_unknown", "The assigned role is not known to the index."));
				continue;
			}
			// A role grants only within its own tenant.
			if (!role.tenantId().equals(object.tenantId())) {
				trace.considered(new Explanation.Candidate(grant.assignmentId(), role.roleId(), role.name(), -1,
						"skipped_other_tenant", "The role belongs to another tenant than the object."));
				continue;
			}
			for (int i = 0; i < role.blocks().size(); i++) {
				PermissionBlock block = role.blocks().get(i);
				if (!block.actions().contains(action)) {
					trace.considered(new Explanation.Candidate(grant.assignmentId(), role.roleId(), role.name(), i,
							"skipped_action", "The block does not name '" + action + "'."));
					continue;
				}
				if (!covers(block.scope(), object)) {
					trace.considered(new Explanation.Candidate(grant.assignmentId(), role.roleId(), role.name(), i,
							"skipped_scope", "The block's " + block.scope().mode() + " scope does not cover the object."));
					continue;
				}
				Decision.Match match = new Decision.Match(grant.assignmentId(), role.roleId(), role.name(), i);
				if (block.effect().equals("deny")) {
					trace.considered(new Explanation.Candidate(grant.assignmentId(), role.roleId(), role.name(), i,
							"denied", "The block denies '" + action + "' here; deny overrides allow."));
					return new Decision(false, "denied_by_block",
							"Denied by block " + i + " of role '" + role.name() + "'.", match);
				}
				trace.considered(new Explanation.Candidate(grant.assignmentId(), role.roleId(), role.name(), i,
						"allowed", "The block allows '" + action + "' here."));
				if (allow == null) {
					allow = match;
				}
			}
		}
		if (allow != null) {
			return new Decision(true, "allowed",
					"Allowed by block " + allow.blockIndex() + " of role '" + allow.roleName() + "'.", allow);
		}
		return Decision.deny("no_matching_grant", "No assignment grants '" + action + "' on this object.");
	}

	private static boolean covers(PermissionBlock.Scope scope, ObjectRef object) {
		return switch (scope.mode()) {
			case "tenant" -> true;
			case "object_kind" -> scope.objectType().equals(object.kind());
			case "object_type" -> scope.objectType().equals(object.type());
			case "object" -> scope.objectType().equals(object.type()) && scope.objectId().equals(object.id());
			default -> false;
		};
	}

	private record PrincipalEntry(String tenantId, String kind, String status) {
	}

}
