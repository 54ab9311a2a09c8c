package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SortedMergeTests {

	@Test
	void mergeWhenSetsOverlapThenEachIdOnceInOrder() {
		assertThat(all(new SortedMerge(sets(), null))).containsExactly("a", "b", "c", "d", "e", "f");
	}

	@Test
	void mergeWhenAfterACursorThenOnlyLaterIds() {
		assertThat(all(new SortedMerge(sets(), "c"))).containsExactly("d", "e", "f");
		assertThat(all(new SortedMerge(sets(), "f"))).isEmpty();
	}

	private static List<NavigableSet<String>> sets() {
		return List.of(new TreeSet<>(List.of("b", "d", "f")), new TreeSet<>(List.of("a", "b", "c")), new TreeSet<>(),
				new TreeSet<>(List.of("d", "e")));
	}

	private static List<String> all(SortedMerge merge) {
		List<String> ids = new ArrayList<>();
		merge.forEachRemaining(ids::add);
		return ids;
	}

}
