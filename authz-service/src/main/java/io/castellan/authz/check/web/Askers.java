package io.castellan.authz.check.web;

import java.time.Duration;

import io.castellan.authz.index.ObjectRef;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The gate every decision read passes: wait for the combined consistency token, then refuse questions the caller may
 * not ask. About itself a subject may always ask; about others it needs {@code authz.check} in the object's tenant
 * (or is a platform administrator). Waiting first lets a caller who was just granted {@code authz.check} use it with
 * that grant's token.
 */
@Component
class Askers {

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	Askers(PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	/** @throws ProblemException 503 {@code consistency_timeout} when the index does not catch up in time */
	void await(String headerToken, String bodyToken) {
		this.positions.await(ConsistencyToken.parse(headerToken).merge(ConsistencyToken.parse(bodyToken)),
				this.readTimeout);
	}

	/**
	 * @param principalId the subject asked about, or null when the question names none (who may act on an object)
	 * @param tenantId the tenant the question is about: for a registered object the registry's, never the request's
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

}
