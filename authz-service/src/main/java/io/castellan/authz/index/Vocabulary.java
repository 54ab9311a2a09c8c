package io.castellan.authz.index;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The small vocabulary every grant repeats (tenant ids, actions, types, kinds, modes, statuses) held once: events
 * arrive as JSON, and each would otherwise bring its own copy of every string. Action lists are shared too: most
 * grants name one of a few sets.
 */
final class Vocabulary {

	private final Map<String, String> words = new ConcurrentHashMap<>();

	private final Map<List<String>, String[]> actionSets = new ConcurrentHashMap<>();

	String word(String value) {
		if (value == null) {
			return null;
		}
		String known = this.words.putIfAbsent(value, value);
		return (known != null) ? known : value;
	}

	/** The shared array of these actions; callers never write to it. */
	String[] actions(List<String> actions) {
		List<String> key = (actions != null) ? actions.stream().map(this::word).toList() : List.of();
		return this.actionSets.computeIfAbsent(key, (list) -> list.toArray(String[]::new));
	}

	static boolean names(String[] actions, String action) {
		for (String each : actions) {
			if (each.equals(action)) {
				return true;
			}
		}
		return false;
	}

	static List<String> list(String[] actions) {
		return Arrays.asList(actions.clone());
	}

}
