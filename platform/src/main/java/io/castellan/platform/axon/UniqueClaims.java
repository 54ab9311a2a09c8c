package io.castellan.platform.axon;

import io.castellan.platform.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims a unique value (a tenant alias, a principal name) in the same transaction as the event that needs it, so
 * two concurrent writes cannot both succeed; no look-up on an eventually consistent read model first.
 * Call from a command handler: the claim commits or rolls back with the command's events.
 */
public final class UniqueClaims {

	private final JdbcClient jdbc;

	public UniqueClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws ProblemException 409 with the given code when another owner holds the value
	 */
	public void claim(String scope, String value, String ownerId, String conflictCode, String conflictDetail) {
		int inserted = this.jdbc.sql("""
				insert into unique_claim (scope, value, owner_id) values (:scope, :value, :owner)
				on conflict do nothing""")
			.param("scope", scope)
			.param("value", value)
			.param("owner", ownerId)
			.update();
		if (inserted == 0) {
			String owner = this.jdbc.sql("select owner_id from unique_claim where scope = :scope and value = :value")
				.param("scope", scope)
				.param("value", value)
				.query(String.class)
				.single();
			if (!owner.equals(ownerId)) {
				throw ProblemException.conflict(conflictCode, conflictDetail);
			}
		}
	}

	/** Frees a value, for example when its owner is deleted or renamed. */
	public void release(String scope, String value, String ownerId) {
		this.jdbc.sql("delete from unique_claim where scope = :scope and value = :value and owner_id = :owner")
			.param("scope", scope)
			.param("value", value)
			.param("owner", ownerId)
			.update();
	}

}
