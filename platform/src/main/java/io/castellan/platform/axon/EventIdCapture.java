package io.castellan.platform.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Collects the ids of the events a command applies, so the caller can wait for them to reach Kafka. Works because
 * the local command bus handles a command in the caller's thread and Axon dispatches applied events there too.
 */
public final class EventIdCapture implements MessageDispatchInterceptor<EventMessage<?>> {

	private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

	/** Starts collecting in this thread; close the scope to stop. */
	public Scope open() {
		List<String> previous = CAPTURED.get();
		List<String> ids = new ArrayList<>();
		CAPTURED.set(ids);
		return new Scope(ids, previous);
	}

	@Override
	public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
		return (index, message) -> {
			List<String> ids = CAPTURED.get();
			if (ids != null) {
				ids.add(message.getIdentifier());
			}
			return message;
		};
	}

	/** The ids collected while open. */
	public static final class Scope implements AutoCloseable {

		private final List<String> ids;

		private final List<String> previous;

		private Scope(List<String> ids, List<String> previous) {
			this.ids = ids;
			this.previous = previous;
		}

		public List<String> eventIds() {
			return List.copyOf(this.ids);
		}

		@Override
		public void close() {
			if (this.previous != null) {
				CAPTURED.set(this.previous);
			}
			else {
				CAPTURED.remove();
			}
		}

	}

}
