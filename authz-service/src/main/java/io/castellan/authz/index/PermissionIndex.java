package io.castellan.authz.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * checks read without locks and never touch the database. Nesting is expanded ahead of time on both sides (a
 * principal's effective groups, an object's containing groups), and every grant is filed under what its blocks'
 * scopes name, so a check looks up only the grants that can cover its object ({@link Evaluator}).
 */
public final class PermissionIndex {

	/** Tenant id of platform-wide roles, policies and objects. */
	static final String PLATFORM = "platform";

	private final Map<String, String> tenantStatus = new ConcurrentHashMap<>();

	private final Map<String, PrincipalEntry> principals = new ConcurrentHashMap<>();

	private final Vocabulary words = new Vocabulary();

	private final ObjectRegistry objects = new ObjectRegistry(this.words);

	private final GrantStore grants = new GrantStore(this.words, this.objects);

	private final Memberships memberships = new Memberships(this.grants);

	private final ApiKeyCeilings apiKeys = new ApiKeyCeilings();

	private final Evaluator evaluator;

	private final Walk walk;

	public PermissionIndex() {
		this(Clock.systemUTC());
	}

	/** @param clock the time {@code context.time} conditions see when a check names none */
	public PermissionIndex(Clock clock) {
		this.evaluator = new Evaluator(this.grants.scopes(), clock);
		this.walk = new Walk(clock);
	}

	void apply(TenantCreated event) {
		this.tenantStatus.put(event.tenantId(), this.words.word(event.status()));
	}

	void apply(TenantStatusChanged event) {
		this.tenantStatus.put(event.tenantId(), this.words.word(event.status()));
	}

	void apply(PrincipalRegistered event) {
		this.principals.put(event.principalId(), new PrincipalEntry(this.words.word(event.tenantId()),
				this.words.word(event.kind()), this.words.word(event.status()), PrincipalEntry.copy(event.attributes())));
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
				principal.tenantId(), principal.kind(), this.words.word(event.status()), principal.attributes()));
	}

	void apply(RoleCreated event) {
		this.grants.apply(event);
	}

	void apply(PrincipalGroupCreated event) {
		this.memberships.apply(event);
	}

	void apply(PrincipalGroupMemberAdded event) {
		this.memberships.add(event.groupId(), event.principalId());
	}

	void apply(RoleAssigned event) {
		this.grants.assign(event.assignmentId(), event.roleId(), this.grants.principalHolder(event.principalId()));
	}

	void apply(RoleAssignedToGroup event) {
		this.grants.assign(event.assignmentId(), event.roleId(), this.grants.groupHolder(event.groupId()));
	}

	void apply(PolicyAttached event) {
		this.grants.attach(event);
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

	void apply(ApiKeyCreated event) {
		this.apiKeys.apply(event);
	}

	void apply(ApiKeyRevoked event) {
		this.apiKeys.apply(event);
	}

	/** A copy of the whole state, for a snapshot; call from the writer thread so it is consistent. */
	IndexState export() {
		return new IndexState(IndexState.FORMAT, Map.copyOf(this.tenantStatus), Map.copyOf(this.principals),
				this.grants.exportRoles(), Map.copyOf(this.memberships.groups()),
				this.memberships.exportEffectiveGroups(), GrantStore.exportGrants(this.grants.principals()),
				GrantStore.exportGrants(this.grants.groups()), this.objects.export(), this.apiKeys.export());
	}

	/** Replaces the state with a snapshot's, before the consumer resumes after the snapshot's offsets. */
	void load(IndexState state) {
		if (state.format() != IndexState.FORMAT) {
			throw new IllegalArgumentException("A snapshot of format " + state.format() + " cannot be loaded");
		}
		this.tenantStatus.clear();
		state.tenantStatus().forEach((id, status) -> this.tenantStatus.put(id, this.words.word(status)));
		this.principals.clear();
		this.principals.putAll(state.principals());
		// Objects first, so grants share their ids.
		this.objects.load(state.objects());
		this.grants.clear();
		this.memberships.load(state.groups(), state.effectiveGroups());
		state.roles().values().forEach(this.grants::apply);
		state.principalGrants().forEach((id, held) -> load(this.grants.principalHolder(id), held, id, null));
		state.groupGrants().forEach((id, held) -> load(this.grants.groupHolder(id), held, null, id));
		this.apiKeys.load(state.apiKeys());
	}

	private void load(Holder holder, List<IndexState.GrantState> held, String principalId, String groupId) {
		for (IndexState.GrantState grant : held) {
			if (grant.roleId() != null) {
				this.grants.assign(grant.id(), grant.roleId(), holder);
			}
			else {
				this.grants.attach(new PolicyAttached(grant.id(), grant.tenantId(), principalId, groupId,
						grant.block()));
			}
		}
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
		return evaluate(principalId, action, object, context, null);
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

	/** The blocks of a role, empty when the index does not know it. */
	public List<PermissionBlock> blocksOf(String roleId) {
		Role role = this.grants.role(roleId);
		return (role != null) ? role.published().blocks() : List.of();
	}

	/** The principals a principal group's grants reach: its members and those of the groups under it, in order. */
	public List<String> principalsUnder(String groupId) {
		return this.memberships.membersOf(groupId).stream().sorted().toList();
	}

	/** The blocks a member of the group receives through the group's grants and its ancestors'. */
	public List<PermissionBlock> blocksInheritedBy(String groupId) {
		List<PermissionBlock> blocks = new ArrayList<>();
		for (String group : withAncestors(groupId)) {
			grantsOfGroup(group).forEach((grant) -> blocks.addAll(grant.publishedBlocks()));
		}
		return blocks;
	}

	/** The group and its ancestors, nearest first. */
	List<String> withAncestors(String groupId) {
		return this.memberships.withAncestors(groupId);
	}

	/** The grants held by a group itself (not inherited), in arrival order. */
	List<Grant> grantsOfGroup(String groupId) {
		return grantsOf(this.grants.group(groupId));
	}

	/** Every grant that reaches the principal, in walk order: its own, then those of its effective groups. */
	List<Grant> grantsReaching(String principalId) {
		Holder self = this.grants.principal(principalId);
		List<Grant> all = new ArrayList<>(grantsOf(self));
		if (self != null) {
			for (Holder group : self.groups()) {
				all.addAll(grantsOf(group));
			}
		}
		return all;
	}

	private static List<Grant> grantsOf(Holder holder) {
		List<Grant> all = new ArrayList<>();
		if (holder != null) {
			holder.grants().forEach(all::add);
		}
		return all;
	}

	/** Principals whose effective groups include the group: its members and those of its descendants. */
	java.util.Set<String> membersOf(String groupId) {
		return this.memberships.membersOf(groupId);
	}

	ObjectRegistry registry() {
		return this.objects;
	}

	ScopeIndex scopes() {
		return this.grants.scopes();
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

	/**
	 * The decision on a resolved target: the tenant's and the principal's state first, then the grants.
	 * @param trace where the full walk reports each candidate (explain); null for the short way of a check
	 */
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
		Holder self = this.grants.principal(principalId);
		return (trace != null) ? this.walk.decide(self, principal, action, target, status, context, trace)
				: this.evaluator.decide(self, principal, action, target, status, context);
	}

}
