package io.castellan.authz.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.authz.condition.Conditions;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.ApiKeyCreated;
import io.castellan.schemas.identity.ApiKeyRevoked;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.identity.PrincipalUpdated;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;

/**
 * The materialized permission index: tenants, principals, groups, roles, grants, objects and object groups, built
 * only from published events. One writer (the index consumer) replaces immutable values in concurrent maps, so
 * checks read without locks and never touch the database. Nesting is expanded ahead of time on both sides: a
 * principal's effective groups (its groups and all their ancestors) and an object's containing groups are each one
 * look-up at check time.
 */
public final class PermissionIndex {

	/** Tenant id of platform-wide roles, policies and objects. */
	static final String PLATFORM = "platform";

	/** Group grants live beside principal grants under keys with this prefix, which no principal id takes. */
	private static final String GROUP_KEY = "group:";

	private final Map<String, String> tenantStatus = new ConcurrentHashMap<>();

	private final Map<String, PrincipalEntry> principals = new ConcurrentHashMap<>();

	private final Map<String, RoleCreated> roles = new ConcurrentHashMap<>();

	private final Map<String, PrincipalGroupCreated> groups = new ConcurrentHashMap<>();

	private final Map<String, List<String>> effectiveGroups = new ConcurrentHashMap<>();

	private final Map<String, List<Grant>> grantsBySubject = new ConcurrentHashMap<>();

	private final ApiKeyCeilings apiKeys = new ApiKeyCeilings();

	private final ObjectRegistry objects = new ObjectRegistry();

	private final Clock clock;

	public PermissionIndex() {
		this(Clock.systemUTC());
	}

	/** @param clock the time {@code context.time} conditions see when a check names none */
	public PermissionIndex(Clock clock) {
		this.clock = clock;
	}

	void apply(TenantCreated event) {
		this.tenantStatus.put(event.tenantId(), event.status());
	}

	void apply(TenantStatusChanged event) {
		this.tenantStatus.put(event.tenantId(), event.status());
	}

	void apply(PrincipalRegistered event) {
		this.principals.put(event.principalId(), new PrincipalEntry(event.tenantId(), event.kind(), event.status(),
				PrincipalEntry.copy(event.attributes())));
	}

	/** Only the attributes matter here; an update without them leaves them as they were. */
	void apply(PrincipalUpdated event) {
		if (event.attributes() != null) {
			this.principals.computeIfPresent(event.principalId(), (id, principal) -> new PrincipalEntry(
					principal.tenantId(), principal.kind(), principal.status(),
					PrincipalEntry.copy(event.attributes())));
		}
	}

	void apply(PrincipalStatusChanged event) {
		this.principals.computeIfPresent(event.principalId(), (id, principal) -> new PrincipalEntry(
				principal.tenantId(), principal.kind(), event.status(), principal.attributes()));
	}

	void apply(RoleCreated event) {
		this.roles.put(event.roleId(), event);
	}

	void apply(PrincipalGroupCreated event) {
		this.groups.put(event.groupId(), event);
	}

	void apply(PrincipalGroupMemberAdded event) {
		this.effectiveGroups.compute(event.principalId(), (id, current) -> {
			Set<String> next = (current != null) ? new LinkedHashSet<>(current) : new LinkedHashSet<>();
			next.addAll(withAncestors(event.groupId()));
			return List.copyOf(next);
		});
	}

	void apply(RoleAssigned event) {
		addGrant(event.principalId(), new Grant(event.assignmentId(), event.roleId(), null));
	}

	void apply(RoleAssignedToGroup event) {
		addGrant(groupKey(event.groupId()), new Grant(event.assignmentId(), event.roleId(), event.groupId()));
	}

	/** A direct policy is evaluated as a one-block role of its own, granted to its subject. */
	void apply(PolicyAttached event) {
		this.roles.put(event.policyId(),
				new RoleCreated(event.policyId(), event.tenantId(), "direct policy", List.of(event.block())));
		Grant grant = new Grant(event.policyId(), event.policyId(), event.groupId());
		addGrant((event.groupId() != null) ? groupKey(event.groupId()) : event.principalId(), grant);
	}

	void apply(ObjectRegistered event) {
		this.objects.apply(event);
	}

	void apply(ObjectUpdated event) {
		this.objects.apply(event);
	}

	void apply(ObjectMoved event) {
		this.objects.apply(event);
	}

	void apply(ObjectRemoved event) {
		this.objects.apply(event);
	}

	void apply(ObjectGroupCreated event) {
		this.objects.apply(event);
	}

	void apply(ObjectGroupMoved event) {
		this.objects.apply(event);
	}

	void apply(ObjectGroupRemoved event) {
		this.objects.apply(event);
	}

	/** A copy of the whole state, for a snapshot; call from the writer thread so it is consistent. */
	IndexState export() {
		return new IndexState(Map.copyOf(this.tenantStatus), Map.copyOf(this.principals), Map.copyOf(this.roles),
				Map.copyOf(this.groups), Map.copyOf(this.effectiveGroups), Map.copyOf(this.grantsBySubject),
				this.objects.export(), this.apiKeys.export());
	}

	/** Replaces the state with a snapshot's, before the consumer resumes after the snapshot's offsets. */
	void load(IndexState state) {
		replace(this.tenantStatus, state.tenantStatus());
		replace(this.principals, state.principals());
		replace(this.roles, state.roles());
		replace(this.groups, state.groups());
		replace(this.effectiveGroups, state.effectiveGroups());
		replace(this.grantsBySubject, state.grantsBySubject());
		// Snapshots taken before objects existed carry none.
		this.objects.load((state.objects() != null) ? state.objects()
				: new IndexState.ObjectState(Map.of(), Map.of(), Map.of()));
		// Snapshots taken before API keys existed carry none.
		this.apiKeys.load(state.apiKeys());
	}

	private static <V> void replace(Map<String, V> target, Map<String, V> source) {
		target.clear();
		target.putAll(source);
	}

	/** The tenant of a principal the index knows. */
	public Optional<String> principalTenant(String principalId) {
		return Optional.ofNullable(this.principals.get(principalId)).map(PrincipalEntry::tenantId);
	}

	/** The kind ({@code human}, {@code device}, ...) of a principal the index knows. */
	public Optional<String> principalKind(String principalId) {
		return Optional.ofNullable(this.principals.get(principalId)).map(PrincipalEntry::kind);
	}

	/** A registered object, as the index knows it. */
	public Optional<RegisteredObject> object(String objectId) {
		return Optional.ofNullable(this.objects.object(objectId));
	}

	/** A registered object group, as the index knows it. */
	public Optional<RegisteredObjectGroup> objectGroup(String groupId) {
		return Optional.ofNullable(this.objects.group(groupId));
	}

	/** The object group and its ancestors, nearest first. */
	public List<String> objectGroupAncestry(String groupId) {
		return this.objects.ancestry(groupId);
	}

	/**
	 * The tenant a check on the object is about: the registered object's or group's, else the one the request
	 * names; null when neither says.
	 */
	public String tenantOf(ObjectRef object) {
		Target target = this.objects.resolve(object);
		return (target != null) ? target.tenantId() : object.tenantId();
	}

	/** May the principal do the action on the object? Deny overrides allow; no allow means deny. */
	public Decision check(String principalId, String action, ObjectRef object) {
		return check(principalId, action, object, Map.of());
	}

	/**
	 * @param context what {@code context.<name>} conditions read; {@code context.time} is the server's clock unless
	 * the context names a time
	 */
	public Decision check(String principalId, String action, ObjectRef object, Map<String, Object> context) {
		return evaluate(principalId, action, object, context, Trace.NONE);
	}

	/**
	 * A check made with an API key of the principal: the principal's decision, narrowed to the key's permission
	 * ceiling; denied when the key is unknown, another's, or revoked.
	 */
	public Decision check(String principalId, String apiKeyId, String action, ObjectRef object,
			Map<String, Object> context) {
		Decision owners = check(principalId, action, object, context);
		return this.apiKeys.restrict(owners, principalId, apiKeyId, action, this.objects.resolve(object));
	}

	void apply(ApiKeyCreated event) {
		this.apiKeys.apply(event);
	}

	void apply(ApiKeyRevoked event) {
		this.apiKeys.apply(event);
	}

	/** The same decision as {@link #check}, with every assignment and block that was considered. */
	public Explanation explain(String principalId, String action, ObjectRef object, Map<String, Object> context) {
		Explanation.Recorder recorder = new Explanation.Recorder();
		return recorder.explain(evaluate(principalId, action, object, context, recorder));
	}

	public Explanation explain(String principalId, String action, ObjectRef object) {
		return explain(principalId, action, object, Map.of());
	}

	/**
	 * A page of the registered objects of a tenant the principal may do the action on, in id order.
	 * @param type optional filter: a {@code kind:sub} type or a kind
	 * @param after the last id of the previous page, or null for the first
	 */
	public List<RegisteredObject> listObjects(String principalId, String action, String tenantId, String type,
			Map<String, Object> context, String after, int limit) {
		return new Listings(this).objects(principalId, action, tenantId, type, context, after, limit);
	}

	/** A page of the principals that may do the action on the object (directly or through groups), in id order. */
	public List<String> listSubjects(String action, ObjectRef object, Map<String, Object> context, String after,
			int limit) {
		return new Listings(this).subjects(action, object, context, after, limit);
	}

	/** The blocks of a role or direct policy, empty when the index does not know it. */
	public List<PermissionBlock> blocksOf(String roleId) {
		RoleCreated role = this.roles.get(roleId);
		return (role != null) ? role.blocks() : List.of();
	}

	/** The principals a principal group's grants reach: its members and those of the groups under it, in order. */
	public List<String> principalsUnder(String groupId) {
		return membersOf(groupId).stream().sorted().toList();
	}

	/** The blocks a member of the group receives through the group's grants and its ancestors'. */
	public List<PermissionBlock> blocksInheritedBy(String groupId) {
		List<PermissionBlock> blocks = new ArrayList<>();
		for (String group : withAncestors(groupId)) {
			grantsOfGroup(group).forEach((grant) -> blocks.addAll(blocksOf(grant.roleId())));
		}
		return blocks;
	}

	/** The group and its ancestors, nearest first. Parents exist before children, so there are no cycles. */
	List<String> withAncestors(String groupId) {
		List<String> chain = new ArrayList<>();
		for (String current = groupId; current != null && !chain.contains(current);) {
			chain.add(current);
			PrincipalGroupCreated group = this.groups.get(current);
			current = (group != null) ? group.parentGroupId() : null;
		}
		return chain;
	}

	/** Every grant that reaches the principal: its own, then those of its effective groups. */
	List<Grant> grantsOf(String principalId) {
		List<Grant> direct = this.grantsBySubject.getOrDefault(principalId, List.of());
		List<String> groupIds = this.effectiveGroups.getOrDefault(principalId, List.of());
		if (groupIds.isEmpty()) {
			return direct;
		}
		List<Grant> all = new ArrayList<>(direct);
		for (String groupId : groupIds) {
			all.addAll(this.grantsBySubject.getOrDefault(groupKey(groupId), List.of()));
		}
		return all;
	}

	/** The grants held by a group itself (not inherited). */
	List<Grant> grantsOfGroup(String groupId) {
		return this.grantsBySubject.getOrDefault(groupKey(groupId), List.of());
	}

	/** Principals whose effective groups include the group: its members and those of its descendants. */
	List<String> membersOf(String groupId) {
		return this.effectiveGroups.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(groupId))
			.map(Map.Entry::getKey)
			.toList();
	}

	RoleCreated role(String roleId) {
		return this.roles.get(roleId);
	}

	ObjectRegistry registry() {
		return this.objects;
	}

	/** Every grant holder (principal ids, and group keys made by {@link #groupKey}) with its grants; a live view. */
	Map<String, List<Grant>> grantHolders() {
		return this.grantsBySubject;
	}

	/** Each principal's groups with their ancestors; a live view. */
	Map<String, List<String>> effectiveGroups() {
		return this.effectiveGroups;
	}

	/** The group of a grant holder key, or null when the key is a principal's. */
	static String groupOfKey(String key) {
		return key.startsWith(GROUP_KEY) ? key.substring(GROUP_KEY.length()) : null;
	}

	private Decision evaluate(String principalId, String action, ObjectRef object, Map<String, Object> context,
			Trace trace) {
		Target target = this.objects.resolve(object);
		if (target == null) {
			return Decision.deny("object_unknown", "The object is not registered and the request names no tenant.");
		}
		if ((object.tenantId() != null && !object.tenantId().equals(target.tenantId()))
				|| (object.type() != null && !object.type().equals(target.type()))) {
			return Decision.deny("object_mismatch", "Object " + object.id() + " is registered in tenant "
					+ target.tenantId() + " with type " + target.type() + ", not as the request says.");
		}
		return evaluate(principalId, action, target, context, trace);
	}

	/** The decision on a resolved target: the tenant's and the principal's state first, then the grants. */
	Decision evaluate(String principalId, String action, Target target, Map<String, Object> context, Trace trace) {
		// The platform itself is no tenant: it has no status to deny by.
		String status = PLATFORM.equals(target.tenantId()) ? "active" : this.tenantStatus.get(target.tenantId());
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
		return decide(principalId, principal, action, target, status, context, trace);
	}

	/** The grants' verdict once object, tenant and principal are known to be fit. */
	private Decision decide(String principalId, PrincipalEntry principal, String action, Target target, String status,
			Map<String, Object> context, Trace trace) {
		Decision.Match allow = null;
		CheckFacts facts = null;
		for (Grant grant : grantsOf(principalId)) {
			RoleCreated role = this.roles.get(grant.roleId());
			if (role == null) {
				trace.considered(candidate(grant, null, -1, "skipped_role_unknown",
						"The assigned role is not known to the index."));
				continue;
			}
			// A role grants only within its own tenant, a platform-wide role in every tenant.
			if (!role.tenantId().equals(target.tenantId()) && !PLATFORM.equals(role.tenantId())) {
				trace.considered(candidate(grant, role, -1, "skipped_other_tenant",
						"The role belongs to another tenant than the object."));
				continue;
			}
			for (int i = 0; i < role.blocks().size(); i++) {
				PermissionBlock block = role.blocks().get(i);
				if (!block.actions().contains(action)) {
					trace.considered(candidate(grant, role, i, "skipped_action", "The block does not name '" + action + "'."));
					continue;
				}
				if (!Scopes.covers(block.scope(), target)) {
					trace.considered(candidate(grant, role, i, "skipped_scope",
							"The block's " + block.scope().mode() + " scope does not cover the object."));
					continue;
				}
				if (block.conditions() != null && !block.conditions().isEmpty()) {
					facts = (facts != null) ? facts : new CheckFacts(principal, target, status, context, this.clock);
					String failure = Conditions.firstFailure(block.conditions(), facts);
					if (failure != null) {
						trace.considered(
								candidate(grant, role, i, "skipped_condition", "The block's " + failure + "."));
						continue;
					}
				}
				Decision.Match match = new Decision.Match(grant.assignmentId(), role.roleId(), role.name(), i,
						grant.viaGroupId());
				if (block.effect().equals("deny")) {
					trace.considered(candidate(grant, role, i, "denied",
							"The block denies '" + action + "' here; deny overrides allow."));
					return new Decision(false, "denied_by_block",
							"Denied by block " + i + " of role '" + role.name() + "'.", match);
				}
				trace.considered(candidate(grant, role, i, "allowed", "The block allows '" + action + "' here."));
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

	private void addGrant(String subject, Grant grant) {
		this.grantsBySubject.compute(subject, (id, grants) -> {
			List<Grant> next = (grants != null) ? new ArrayList<>(grants) : new ArrayList<>();
			next.removeIf((existing) -> existing.assignmentId().equals(grant.assignmentId()));
			next.add(grant);
			return List.copyOf(next);
		});
	}

	private static Explanation.Candidate candidate(Grant grant, RoleCreated role, int block, String outcome,
			String detail) {
		return new Explanation.Candidate(grant.assignmentId(), grant.roleId(), (role != null) ? role.name() : null,
				block, outcome, detail, grant.viaGroupId());
	}

	/** Group grants live beside principal grants under a key no principal id can take. */
	private static String groupKey(String groupId) {
		return GROUP_KEY + groupId;
	}

	/** A role reaching a principal, directly or through a group. */
	record Grant(String assignmentId, String roleId, String viaGroupId) {
	}

	/** @param attributes the profile attributes {@code entity.attributes.<path>} conditions read */
	record PrincipalEntry(String tenantId, String kind, String status, Map<String, Object> attributes) {

		static Map<String, Object> copy(Map<String, Object> attributes) {
			// JSON attributes may hold nulls, which Map.copyOf refuses.
			return (attributes != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(attributes)) : Map.of();
		}

	}

}
