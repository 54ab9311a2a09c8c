package io.castellan.authz.index;

import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The union of sorted id sets, in order and without repeats, read lazily from a cursor: a listing page reads only
 * as far into each set as the page needs, instead of copying every candidate first.
 */
final class SortedMerge implements Iterator<String> {

	private final PriorityQueue<Head> heads = new PriorityQueue<>();

	private String last;

	/** @param after the id to start after, or null for the beginning */
	SortedMerge(List<NavigableSet<String>> sources, String after) {
		for (NavigableSet<String> source : sources) {
			Iterator<String> ids = ((after != null) ? source.tailSet(after, false) : source).iterator();
			if (ids.hasNext()) {
				this.heads.add(new Head(ids.next(), ids));
			}
		}
	}

	@Override
	public boolean hasNext() {
		while (!this.heads.isEmpty() && this.heads.peek().id().equals(this.last)) {
			advance();
		}
		return !this.heads.isEmpty();
	}

	@Override
	public String next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		this.last = advance();
		return this.last;
	}

	private String advance() {
		Head head = this.heads.poll();
		if (head.rest().hasNext()) {
			this.heads.add(new Head(head.rest().next(), head.rest()));
		}
		return head.id();
	}

	private record Head(String id, Iterator<String> rest) implements Comparable<Head> {

		@Override
		public int compareTo(Head other) {
			return this.id.compareTo(other.id);
		}

	}

}
