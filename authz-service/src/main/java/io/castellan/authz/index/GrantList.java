package io.castellan.authz.index;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An append-only list with one writer and lock-free readers: an element is stored before the size that shows it
 * is published (volatile), and a grown array before either. Elements may be replaced in place, never removed, so a
 * position stays an element's place in evaluation order.
 */
final class GrantList<T> {

	private volatile Object[] elements = new Object[2];

	private volatile int size;

	/** @return the position of the new element */
	int add(T element) {
		Object[] current = this.elements;
		int at = this.size;
		if (at == current.length) {
			current = Arrays.copyOf(current, at + (at >> 1) + 1);
			current[at] = element;
			this.elements = current;
		}
		else {
			current[at] = element;
			// Re-publish the array so a reader that sees the new size also sees the element.
			this.elements = current;
		}
		this.size = at + 1;
		return at;
	}

	void set(int position, T element) {
		Object[] current = this.elements;
		current[position] = element;
		this.elements = current;
	}

	int size() {
		return this.size;
	}

	@SuppressWarnings("unchecked")
	T get(int position) {
		return (T) this.elements[position];
	}

	@SuppressWarnings("unchecked")
	void forEach(Consumer<? super T> action) {
		int count = this.size;
		Object[] current = this.elements;
		for (int i = 0; i < count; i++) {
			action.accept((T) current[i]);
		}
	}

}
