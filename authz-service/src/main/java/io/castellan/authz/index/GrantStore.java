package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.RoleCreated;

/**
 * Roles, role assignments and direct policies, held per principal or principal group in arrival order and filed in
 * the {@link ScopeIndex} under the keys of their blocks. A role created (again) re-files every assignment of it; an
 * assignment or policy delivered twice is kept once.
 */
final class GrantStore {

	private final Vocabulary words;

	private final ObjectRegistry objects;

	private final Map<String, Role> roles = new ConcurrentHashMap<>();

	/** Every assignment of a role, also of one not (yet) known: its creation files them. */
	private final Map<String, GrantList<Assignment>> assignmentsOfRole = new ConcurrentHashMap<>();

	private final Map<String, Holder> principals = new ConcurrentHashMap<>();

	private final Map<String, Holder> groups = new ConcurrentHashMap<>();

	private final ScopeIndex scopes = new ScopeIndex();

	GrantStore(Vocabulary words, ObjectRegistry objects) {
		this.words = words;
		this.objects = objects;
	}

	ScopeIndex scopes() {
		return this.scopes;
	}

	Role role(String roleId) {
		return this.roles.get(roleId);
	}

	/** The principal's holder, or null when it holds nothing and is in no group. */
	Holder principal(String principalId) {
		return this.principals.get(principalId);
	}

	Holder group(String groupId) {
		return this.groups.get(groupId);
	}

	Holder principalHolder(String principalId) {
		return this.principals.computeIfAbsent(principalId, (id) -> new Holder(id, false));
	}

	Holder groupHolder(String groupId) {
		return this.groups.computeIfAbsent(groupId, (id) -> new Holder(id, true));
	}

	Map<String, Holder> principals() {
		return this.principals;
	}

	Map<String, Holder> groups() {
		return this.groups;
	}

	void apply(RoleCreated event) {
		Role role = Role.of(event, this.words, this.objects);
		Role previous = this.roles.put(role.roleId(), role);
		GrantList<Assignment> assignments = this.assignmentsOfRole.get(role.roleId());
		if (assignments != null) {
			assignments.forEach((assignment) -> {
				if (previous != null) {
					unfile(assignment, previous);
				}
				assignment.role(role);
				file(assignment, role);
			});
		}
	}

	void assign(String assignmentId, String roleId, Holder holder) {
		Role role = this.roles.get(roleId);
		Assignment existing = findAssignment(assignmentId, roleId, holder, role);
		if (existing != null) {
			// Delivered again: the assignment of one role to one holder never changes.
			return;
		}
		Assignment assignment = new Assignment(assignmentId, roleId, holder, holder.grants().size());
		assignment.role(role);
		holder.grants().add(assignment);
		this.assignmentsOfRole.computeIfAbsent(roleId, (id) -> new GrantList<>()).add(assignment);
		if (role != null) {
			file(assignment, role);
		}
	}

	void attach(PolicyAttached event) {
		Holder holder = (event.groupId() != null) ? groupHolder(event.groupId()) : principalHolder(event.principalId());
		Policy policy = new Policy(event.policyId(), event.tenantId(), event.block(), holder, holder.grants().size(),
				this.words, this.objects);
		if (this.scopes.find(policy.key(), holder, event.policyId()) != null) {
			// Delivered again: a policy's block never changes.
			return;
		}
		holder.grants().add(policy);
		this.scopes.add(policy.key(), policy);
	}

	/** The same assignment already held, found under its role's first key, or among the role's assignments. */
	private Assignment findAssignment(String assignmentId, String roleId, Holder holder, Role role) {
		if (role != null && !role.blocksAt().isEmpty()) {
			Grant found = this.scopes.find(role.blocks()[0].key(), holder, assignmentId);
			return (found instanceof Assignment assignment && assignment.roleId().equals(roleId)) ? assignment : null;
		}
		GrantList<Assignment> assignments = this.assignmentsOfRole.get(roleId);
		if (assignments != null) {
			for (int i = 0; i < assignments.size(); i++) {
				Assignment each = assignments.get(i);
				if (each.holder() == holder && each.hasId(assignmentId)) {
					return each;
				}
			}
		}
		return null;
	}

	private void file(Assignment assignment, Role role) {
		role.blocksAt().keySet().forEach((key) -> this.scopes.add(key, assignment));
	}

	private void unfile(Assignment assignment, Role role) {
		role.blocksAt().keySet().forEach((key) -> this.scopes.remove(key, assignment));
	}

	Map<String, RoleCreated> exportRoles() {
		Map<String, RoleCreated> exported = new LinkedHashMap<>();
		this.roles.forEach((id, role) -> exported.put(id, role.published()));
		return Map.copyOf(exported);
	}

	static Map<String, List<IndexState.GrantState>> exportGrants(Map<String, Holder> holders) {
		Map<String, List<IndexState.GrantState>> exported = new LinkedHashMap<>();
		holders.forEach((id, holder) -> {
			List<IndexState.GrantState> grants = new ArrayList<>();
			holder.grants().forEach((grant) -> grants.add(IndexState.GrantState.of(grant)));
			if (!grants.isEmpty()) {
				exported.put(id, List.copyOf(grants));
			}
		});
		return Map.copyOf(exported);
	}

	void clear() {
		this.roles.clear();
		this.assignmentsOfRole.clear();
		this.principals.clear();
		this.groups.clear();
		this.scopes.clear();
	}

}
