package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;


/**
 * Which objects a subject may act on, and which subjects may act on an object. Candidates come from the allow blocks
 * that could apply (a tenant-wide or kind/type block means every object of the tenant), then each candidate is
 * decided exactly as a check would: deny overrides (also a deny on an ancestor object group), conditions, tenant
 * and principal status. Candidates are walked in id order from the cursor until a page is full, so every page is
 * complete and nothing is capped silently.
 */
final class Listings {

	private final PermissionIndex index;

	Listings(PermissionIndex index) {
		this.index = index;
	}

	/**
	 * @param type optional filter: a {@code kind:sub} type, or a kind
	 * @param after the id the previous page ended with, or null
	 */
	List<RegisteredObject> objects(String principalId, String action, String tenantId, String type,
			Map<String, Object> context, String after, int limit) {
		ObjectRegistry registry = this.index.registry();
		List<RegisteredObject> page = new ArrayList<>();
		Iterator<String> ids = new SortedMerge(objectCandidates(principalId, action, tenantId), after);
		while (ids.hasNext() && page.size() < limit) {
			RegisteredObject object = registry.object(ids.next());
			if (object == null || !object.tenantId().equals(tenantId) || !ofType(object, type)) {
				continue;
			}
			if (this.index.evaluate(principalId, action, registry.target(object.id()), context, null)
				.allowed()) {
				page.add(object);
			}
		}
		return page;
	}

	/** @return the principals allowed, in id order; empty when the object contradicts the registry */
	List<String> subjects(String action, ObjectRef object, Map<String, Object> context, String after, int limit) {
		Target target = this.index.registry().resolve(object);
		if (target == null || (object.tenantId() != null && !object.tenantId().equals(target.tenantId()))
				|| (object.type() != null && !object.type().equals(target.type()))) {
			return List.of();
		}
		List<String> page = new ArrayList<>();
		Iterator<String> principals = from(subjectCandidates(action, target), after).iterator();
		while (principals.hasNext() && page.size() < limit) {
			String principalId = principals.next();
			if (this.index.evaluate(principalId, action, target, context, null).allowed()) {
				page.add(principalId);
			}
		}
		return page;
	}

	/**
	 * Sorted sets whose union holds every candidate: the tenant's objects when some allow reaches them all, else
	 * the objects named by object blocks and those of the groups group blocks name.
	 */
	private List<NavigableSet<String>> objectCandidates(String principalId, String action, String tenantId) {
		ObjectRegistry registry = this.index.registry();
		NavigableSet<String> named = new TreeSet<>();
		List<NavigableSet<String>> sources = new ArrayList<>(List.of(named));
		Set<String> groups = new HashSet<>();
		for (Block block : allowBlocks(this.index.grantsReaching(principalId), action, tenantId)) {
			String group = block.groupId;
			switch (block.mode) {
				case "object" -> named.add(block.objectId);
				case "group_direct_objects" -> groups.add(group);
				case "group_descendant_objects" -> groups.addAll(registry.withDescendants(group));
				case "group", "group_child_groups", "group_descendant_groups" -> {
					// groups, not objects
				}
				default -> {
					return List.of(registry.objectIdsOf(tenantId));
				}
			}
		}
		groups.forEach((group) -> sources.add(registry.objectsIn(group)));
		return sources;
	}

	/**
	 * Principals holding, directly or through a group, an allow whose scope covers the target: only the grants
	 * filed under the target's keys can.
	 */
	private NavigableSet<String> subjectCandidates(String action, Target target) {
		NavigableSet<String> principals = new TreeSet<>();
		Set<String> groups = new HashSet<>();
		ScopeIndex scopes = this.index.scopes();
		for (String key : target.keys()) {
			scopes.forEachAt(key, (grant) -> {
				if (coversWithAllow(grant, key, action, target)) {
					if (grant.holder().group()) {
						groups.add(grant.holder().id());
					}
					else {
						principals.add(grant.holder().id());
					}
				}
			});
		}
		groups.forEach((group) -> principals.addAll(this.index.membersOf(group)));
		return principals;
	}

	private static boolean coversWithAllow(Grant grant, String key, String action, Target target) {
		if (!grant.known() || !grant.grantsIn(target.tenantId())) {
			return false;
		}
		for (int index : grant.blocksAt(key)) {
			Block block = grant.block(index);
			if (!block.deny && block.names(action) && block.covers(target)) {
				return true;
			}
		}
		return false;
	}

	private static List<Block> allowBlocks(List<Grant> grants, String action, String tenantId) {
		List<Block> blocks = new ArrayList<>();
		for (Grant grant : grants) {
			if (!grant.known() || !grant.grantsIn(tenantId)) {
				continue;
			}
			for (int i = 0; i < grant.blockCount(); i++) {
				Block block = grant.block(i);
				if (!block.deny && block.names(action)) {
					blocks.add(block);
				}
			}
		}
		return blocks;
	}

	private static boolean ofType(RegisteredObject object, String type) {
		if (type == null) {
			return true;
		}
		return type.contains(":") ? type.equals(object.type()) : object.type().startsWith(type + ":");
	}

	private static NavigableSet<String> from(NavigableSet<String> ids, String after) {
		return (after != null) ? ids.tailSet(after, false) : ids;
	}

}
