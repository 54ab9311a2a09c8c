package io.castellan.authz.index;

/**
 * The answer to a check, with a stable reason code and the grant that decided it, if any.
 * @param reason {@code allowed}, {@code denied_by_block}, {@code no_matching_grant}, {@code tenant_unknown},
 * {@code tenant_not_active}, {@code principal_unknown}, {@code principal_not_active}, {@code object_unknown} (not
 * registered, and no tenant given) or {@code object_mismatch} (the request contradicts the registry)
 */
public record Decision(boolean allowed, String reason, String detail, Match match) {

	static Decision deny(String reason, String detail) {
		return new Decision(false, reason, detail, null);
	}

	/** The assignment, role and block that decided; {@code viaGroupId} names the group it came through, if any. */
	public record Match(String assignmentId, String roleId, String roleName, int blockIndex, String viaGroupId) {
	}

}
