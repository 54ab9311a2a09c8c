package io.castellan.notification.notification.intake;

import io.castellan.platform.events.InboundEvent;

/** Turns some identity events into notifications; {@link IdentityEventIntake} hands each event to every handler. */
interface IdentityEventHandler {

	/**
	 * Called in the intake's transaction; de-duplicate by claiming the event id under the handler's own consumer
	 * name, in that transaction.
	 */
	void handle(InboundEvent event);

}
