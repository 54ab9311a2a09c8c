package io.castellan.authz.index;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every grant filed under the keys of its blocks ({@link Block#key}): an object id, an object group id, a type, a
 * kind, or {@link Block#EVERYWHERE}. A key few grants share (an object's: its editor, its viewer, a viewer group)
 * holds them in a small array, scanned for the asking holders; a key many share (a type, everywhere) holds them per
 * holder, looked up once per asking holder. One writer; arrays are replaced, never changed, so readers need no lock.
 */
final class ScopeIndex {

	/** Beyond this many grants a key files them per holder. */
	private static final int SMALL = 8;

	private final Map<String, Object> entries = new ConcurrentHashMap<>();

	/** {@code Grant[]} or {@code Map<Holder, Grant[]>}; null when nothing is filed under the key. */
	Object at(String key) {
		return this.entries.get(key);
	}

	void add(String key, Grant grant) {
		this.entries.compute(key, (k, current) -> {
			if (current == null) {
				return new Grant[] { grant };
			}
			if (current instanceof Grant[] small) {
				if (small.length < SMALL) {
					return append(small, grant);
				}
				Map<Holder, Grant[]> byHolder = new ConcurrentHashMap<>();
				for (Grant each : small) {
					byHolder.merge(each.holder(), new Grant[] { each }, ScopeIndex::concat);
				}
				byHolder.merge(grant.holder(), new Grant[] { grant }, ScopeIndex::concat);
				return byHolder;
			}
			byHolder(current).merge(grant.holder(), new Grant[] { grant }, ScopeIndex::concat);
			return current;
		});
	}

	void remove(String key, Grant grant) {
		this.entries.computeIfPresent(key, (k, current) -> {
			if (current instanceof Grant[] small) {
				Grant[] rest = without(small, grant);
				return (rest.length > 0) ? rest : null;
			}
			byHolder(current).computeIfPresent(grant.holder(), (holder, grants) -> {
				Grant[] rest = without(grants, grant);
				return (rest.length > 0) ? rest : null;
			});
			return byHolder(current).isEmpty() ? null : current;
		});
	}

	/** The holder's grant with that id under the key, or null. */
	Grant find(String key, Holder holder, String id) {
		Object current = this.entries.get(key);
		Grant[] grants = (current instanceof Grant[] small) ? small
				: (current != null) ? byHolder(current).get(holder) : null;
		if (grants != null) {
			for (Grant grant : grants) {
				if (grant.holder() == holder && grant.hasId(id)) {
					return grant;
				}
			}
		}
		return null;
	}

	/** Every grant under the key, whoever holds it. */
	void forEachAt(String key, Consumer<Grant> action) {
		Object current = this.entries.get(key);
		if (current instanceof Grant[] small) {
			Arrays.stream(small).forEach(action);
		}
		else if (current != null) {
			byHolder(current).values().forEach((grants) -> Arrays.stream(grants).forEach(action));
		}
	}

	void clear() {
		this.entries.clear();
	}

	@SuppressWarnings("unchecked")
	static Map<Holder, Grant[]> byHolder(Object entry) {
		return (Map<Holder, Grant[]>) entry;
	}

	private static Grant[] append(Grant[] grants, Grant grant) {
		Grant[] next = Arrays.copyOf(grants, grants.length + 1);
		next[grants.length] = grant;
		return next;
	}

	private static Grant[] concat(Grant[] first, Grant[] second) {
		Grant[] next = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, next, first.length, second.length);
		return next;
	}

	private static Grant[] without(Grant[] grants, Grant grant) {
		return Arrays.stream(grants).filter((each) -> each != grant).toArray(Grant[]::new);
	}

}
