package io.castellan.tenant.tenant.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Move a tenant through its lifecycle: {@link Transition#DISABLE}, {@link Transition#ENABLE},
 * {@link Transition#FREEZE}, {@link Transition#UNFREEZE}, {@link Transition#DELETE} (soft) or
 * {@link Transition#RESTORE}.
 */
public record ChangeTenantStatus(@TargetAggregateIdentifier String tenantId, Transition transition, String changedBy,
		Instant changedAt) {

	/** A lifecycle step: the statuses it may start from and the one it leads to. */
	public enum Transition {

		DISABLE("disabled", "inactive", "active"),
		ENABLE("enabled", "active", "inactive"),
		FREEZE("frozen", "frozen", "active", "inactive"),
		UNFREEZE("unfrozen", "active", "frozen"),
		DELETE("deleted", "deleted", "active", "inactive", "frozen"),
		RESTORE("restored", "active", "deleted");

		private final String pastTense;

		private final String target;

		private final java.util.Set<String> from;

		Transition(String pastTense, String target, String... from) {
			this.pastTense = pastTense;
			this.target = target;
			this.from = java.util.Set.of(from);
		}

		public String pastTense() {
			return this.pastTense;
		}

		public String target() {
			return this.target;
		}

		public boolean allowedFrom(String status) {
			return this.from.contains(status);
		}

	}

}
