package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.schemas.authz.PrincipalGroupCreated;

/**
 * Principal groups and who is in them, expanded both ways when a member joins: each principal's effective groups
 * (on its {@link Holder}, for checks) and each group's effective members (the principals its grants reach), so
 * neither a check nor a permission change walks every principal.
 */
final class Memberships {

	private final GrantStore grants;

	private final Map<String, PrincipalGroupCreated> groups = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> members = new ConcurrentHashMap<>();

	Memberships(GrantStore grants) {
		this.grants = grants;
	}

	void apply(PrincipalGroupCreated event) {
		this.groups.put(event.groupId(), event);
	}

	void add(String groupId, String principalId) {
		Holder principal = this.grants.principalHolder(principalId);
		Set<Holder> next = new LinkedHashSet<>(List.of(principal.groups()));
		for (String group : withAncestors(groupId)) {
			next.add(this.grants.groupHolder(group));
			this.members.computeIfAbsent(group, (id) -> ConcurrentHashMap.newKeySet()).add(principal.id());
		}
		principal.groups(next.toArray(Holder[]::new));
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

	/** Principals whose effective groups include the group: its members and those of its descendants. */
	Set<String> membersOf(String groupId) {
		return this.members.getOrDefault(groupId, Set.of());
	}

	Map<String, PrincipalGroupCreated> groups() {
		return this.groups;
	}

	/** Each principal's effective groups, for a snapshot. */
	Map<String, List<String>> exportEffectiveGroups() {
		Map<String, List<String>> exported = new java.util.HashMap<>();
		this.grants.principals().forEach((id, holder) -> {
			if (holder.groups().length > 0) {
				exported.put(id, java.util.Arrays.stream(holder.groups()).map(Holder::id).toList());
			}
		});
		return Map.copyOf(exported);
	}

	void load(Map<String, PrincipalGroupCreated> groups, Map<String, List<String>> effectiveGroups) {
		this.groups.clear();
		this.groups.putAll(groups);
		this.members.clear();
		effectiveGroups.forEach((principalId, groupIds) -> {
			Holder principal = this.grants.principalHolder(principalId);
			principal.groups(groupIds.stream().map(this.grants::groupHolder).toArray(Holder[]::new));
			groupIds.forEach((group) -> this.members.computeIfAbsent(group, (id) -> ConcurrentHashMap.newKeySet())
				.add(principal.id()));
		});
	}

}
