package io.castellan.authz.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;

/**
 * The objects and object groups of the index. Each group's ancestry (itself, its parent, ... up to the top) is
 * expanded when the hierarchy changes, so resolving a check's target costs two hash look-ups whatever the depth.
 * Like the rest of the index: one writer, lock-free readers.
 */
final class ObjectRegistry {

	private final Vocabulary words;

	private final Map<String, RegisteredObject> objects = new ConcurrentHashMap<>();

	private final Map<String, RegisteredObjectGroup> groups = new ConcurrentHashMap<>();

	private final Map<String, List<String>> ancestry = new ConcurrentHashMap<>();

	// Derived from the three maps above (rebuilt on load): what moves and listings walk down the hierarchy with.

	private final Map<String, Set<String>> childGroups = new ConcurrentHashMap<>();

	/** Sorted, so a listing pages through a group's objects without sorting them. */
	private final Map<String, NavigableSet<String>> directObjects = new ConcurrentHashMap<>();

	private final Map<String, NavigableSet<String>> objectsByTenant = new ConcurrentHashMap<>();

	ObjectRegistry(Vocabulary words) {
		this.words = words;
	}

	void apply(ObjectRegistered event) {
		RegisteredObject previous = this.objects.get(event.objectId());
		if (previous != null) {
			unlink(previous);
		}
		RegisteredObject object = new RegisteredObject(event.objectId(), this.words.word(event.tenantId()),
				this.words.word(event.type()), canonicalGroupId(event.groupId()), copy(event.attributes()));
		this.objects.put(object.id(), object);
		link(object);
	}

	void apply(ObjectUpdated event) {
		this.objects.computeIfPresent(event.objectId(), (id, object) -> new RegisteredObject(id, object.tenantId(),
				object.type(), object.groupId(), copy(event.attributes())));
	}

	void apply(ObjectMoved event) {
		RegisteredObject object = this.objects.get(event.objectId());
		if (object == null) {
			return;
		}
		unlink(object);
		RegisteredObject moved = new RegisteredObject(object.id(), object.tenantId(), object.type(),
				canonicalGroupId(event.groupId()), object.attributes());
		this.objects.put(moved.id(), moved);
		link(moved);
	}

	void apply(ObjectRemoved event) {
		RegisteredObject object = this.objects.remove(event.objectId());
		if (object != null) {
			unlink(object);
		}
	}

	void apply(ObjectGroupCreated event) {
		this.groups.put(event.groupId(),
				new RegisteredObjectGroup(event.groupId(), this.words.word(event.tenantId()), event.name(),
						canonicalGroupId(event.parentGroupId())));
		linkGroup(event.groupId(), event.parentGroupId());
		expand(event.groupId());
	}

	void apply(ObjectGroupMoved event) {
		RegisteredObjectGroup group = this.groups.get(event.groupId());
		if (group == null) {
			return;
		}
		unlinkGroup(group.id(), group.parentGroupId());
		this.groups.put(group.id(),
				new RegisteredObjectGroup(group.id(), group.tenantId(), group.name(), event.parentGroupId()));
		linkGroup(group.id(), event.parentGroupId());
		expand(group.id());
	}

	void apply(ObjectGroupRemoved event) {
		RegisteredObjectGroup group = this.groups.remove(event.groupId());
		if (group != null) {
			unlinkGroup(group.id(), group.parentGroupId());
			this.ancestry.remove(group.id());
		}
	}

	/** The registered object's own id string when there is one, so those who name it share it. */
	String canonicalObjectId(String objectId) {
		RegisteredObject object = (objectId != null) ? this.objects.get(objectId) : null;
		return (object != null) ? object.id() : objectId;
	}

	String canonicalGroupId(String groupId) {
		RegisteredObjectGroup group = (groupId != null) ? this.groups.get(groupId) : null;
		return (group != null) ? group.id() : groupId;
	}

	RegisteredObject object(String objectId) {
		return this.objects.get(objectId);
	}

	RegisteredObjectGroup group(String groupId) {
		return this.groups.get(groupId);
	}

	/** The target of a check on a registered object, or null. */
	Target target(String objectId) {
		RegisteredObject object = this.objects.get(objectId);
		return (object != null) ? new Target(object.tenantId(), object.type(), object.id(), false,
				ancestry(object.groupId()), object.attributes()) : null;
	}

	/** The ids of a tenant's objects, in order; a live view. */
	NavigableSet<String> objectIdsOf(String tenantId) {
		NavigableSet<String> ids = this.objectsByTenant.get(tenantId);
		return (ids != null) ? ids : new ConcurrentSkipListSet<>();
	}

	/** The objects sitting directly in a group. */
	NavigableSet<String> objectsIn(String groupId) {
		NavigableSet<String> ids = this.directObjects.get(groupId);
		return (ids != null) ? ids : Collections.emptyNavigableSet();
	}

	/** The group and every group under it. */
	List<String> withDescendants(String groupId) {
		List<String> all = new ArrayList<>();
		Deque<String> pending = new ArrayDeque<>(List.of(groupId));
		while (!pending.isEmpty()) {
			String current = pending.poll();
			if (!all.contains(current)) {
				all.add(current);
				pending.addAll(this.childGroups.getOrDefault(current, Set.of()));
			}
		}
		return all;
	}

	/** The group and its ancestors, nearest first; empty for no group. */
	List<String> ancestry(String groupId) {
		return (groupId != null) ? this.ancestry.getOrDefault(groupId, List.of(groupId)) : List.of();
	}

	/**
	 * The target of a check: what the registry knows of a registered object or group, else what the request says.
	 * @return null when the request contradicts the registry or names too little to decide on
	 */
	Target resolve(ObjectRef ref) {
		if (ref.id() != null) {
			Target object = target(ref.id());
			if (object != null) {
				return object;
			}
			RegisteredObjectGroup group = (ref.type() == null) ? this.groups.get(ref.id()) : null;
			if (group != null) {
				return new Target(group.tenantId(), null, group.id(), true, ancestry(group.id()), Map.of());
			}
		}
		return (ref.tenantId() != null) ? new Target(ref.tenantId(), ref.type(), ref.id(), false, List.of(), null)
				: null;
	}

	IndexState.ObjectState export() {
		return new IndexState.ObjectState(Map.copyOf(this.objects), Map.copyOf(this.groups), Map.copyOf(this.ancestry));
	}

	void load(IndexState.ObjectState state) {
		this.objects.clear();
		this.objects.putAll(state.objects());
		this.groups.clear();
		this.groups.putAll(state.groups());
		this.ancestry.clear();
		this.ancestry.putAll(state.ancestry());
		this.childGroups.clear();
		this.directObjects.clear();
		this.objectsByTenant.clear();
		this.groups.values().forEach((group) -> linkGroup(group.id(), group.parentGroupId()));
		this.objects.values().forEach(this::link);
	}

	/** Recomputes the ancestry of a group and of every group under it, after it was created or moved. */
	private void expand(String groupId) {
		Deque<String> pending = new ArrayDeque<>(List.of(groupId));
		while (!pending.isEmpty()) {
			String current = pending.poll();
			RegisteredObjectGroup group = this.groups.get(current);
			List<String> chain = new ArrayList<>();
			chain.add(current);
			if (group != null && group.parentGroupId() != null) {
				for (String ancestor : ancestry(group.parentGroupId())) {
					// The write side refuses cycles; this only keeps a corrupt stream from looping forever.
					if (chain.contains(ancestor)) {
						break;
					}
					chain.add(ancestor);
				}
			}
			this.ancestry.put(current, List.copyOf(chain));
			pending.addAll(this.childGroups.getOrDefault(current, Set.of()));
		}
	}

	private void link(RegisteredObject object) {
		this.objectsByTenant.computeIfAbsent(object.tenantId(), (tenant) -> new ConcurrentSkipListSet<>())
			.add(object.id());
		if (object.groupId() != null) {
			this.directObjects.computeIfAbsent(object.groupId(), (group) -> new ConcurrentSkipListSet<>())
				.add(object.id());
		}
	}

	private void unlink(RegisteredObject object) {
		Set<String> ofTenant = this.objectsByTenant.get(object.tenantId());
		if (ofTenant != null) {
			ofTenant.remove(object.id());
		}
		if (object.groupId() != null) {
			Set<String> inGroup = this.directObjects.get(object.groupId());
			if (inGroup != null) {
				inGroup.remove(object.id());
			}
		}
	}

	private void linkGroup(String groupId, String parentGroupId) {
		if (parentGroupId != null) {
			this.childGroups.computeIfAbsent(parentGroupId, (parent) -> ConcurrentHashMap.newKeySet()).add(groupId);
		}
	}

	private void unlinkGroup(String groupId, String parentGroupId) {
		if (parentGroupId != null) {
			Set<String> children = this.childGroups.get(parentGroupId);
			if (children != null) {
				children.remove(groupId);
			}
		}
	}

	private static Map<String, Object> copy(Map<String, Object> attributes) {
		// JSON attributes may hold nulls, which Map.copyOf refuses; most objects have none.
		return (attributes != null && !attributes.isEmpty())
				? Collections.unmodifiableMap(new LinkedHashMap<>(attributes)) : Map.of();
	}

}
