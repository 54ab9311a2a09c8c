package io.castellan.platform.events;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consumer-side de-duplication: delivery is at least once, so each consumer remembers the ids of the events it
 * applied, in the same transaction as their effects.
 */
public final class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims an event for a consumer. Call inside the transaction that applies it.
	 * @return true the first time, false when the consumer already applied this event
	 */
	public boolean claim(String consumer, String eventId) {
		return this.jdbc.sql("""
				insert into processed_event (consumer, event_id) values (:consumer, :eventId)
				on conflict do nothing""")
			.param("consumer", consumer)
			.param("eventId", eventId)
			.update() == 1;
	}

}
