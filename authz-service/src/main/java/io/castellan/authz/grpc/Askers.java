package io.castellan.authz.grpc;

import java.time.Duration;

import io.castellan.authz.index.ObjectRef;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The gate every gRPC decision passes, the same as REST's ({@code check.web.Askers}, which the layout rules keep
 * out of reach of non-web packages): wait for the combined consistency token first, so a caller just granted
 * {@code authz.check} can use that grant's token, then refuse questions the caller may not ask. About itself a
 * subject may always ask; about others it needs {@code authz.check} in the object's tenant, or platform.admin.
 */
final class Askers {

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	Askers(PermissionIndex index, ConsumedPositions positions, Duration readTimeout) {
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	/**
	 * @param requestToken the request's {@code consistency_token}; the metadata's is combined with it
	 * @throws ProblemException 503 {@code consistency_timeout}, 400 {@code consistency_token_invalid}
	 */
	void await(String requestToken) {
		ConsistencyToken token = combined(requestToken);
		if (!token.isEmpty()) {
			this.positions.await(token, this.readTimeout);
		}
	}

	/**
	 * Whether {@link #await} would return or fail at once: no token, one the index already reflects, or one so
	 * malformed that {@code await} refuses it without waiting.
	 */
	boolean reflected(String requestToken) {
		try {
			return this.positions.reflects(combined(requestToken));
		}
		catch (ProblemException ex) {
			return true;
		}
	}

	private static ConsistencyToken combined(String requestToken) {
		return ConsistencyToken.parse(BearerTokens.CONSISTENCY_TOKEN.get()).merge(ConsistencyToken.parse(requestToken));
	}

	/**
	 * @param principalId the subject asked about, or null when the question names none
	 * @param tenantId the tenant the question is about: for a registered object the registry's
	 * @throws ProblemException 403 {@code check_not_permitted}
	 */
	void requireMayAsk(Caller caller, String principalId, String tenantId) {
		if (caller.isPlatformAdmin() || (principalId != null && principalId.equals(caller.subject()))) {
			return;
		}
		if (tenantId == null
				|| !this.index.check(caller.subject(), "authz.check", new ObjectRef(tenantId, null, null)).allowed()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "check_not_permitted",
					"Asking about another subject needs authz.check in the object's tenant (" + tenantId + ").");
		}
	}

	static Caller caller() {
		return BearerTokens.CALLER.get();
	}

}
