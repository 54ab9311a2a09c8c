package io.castellan.platform.axon;

import io.castellan.platform.consistency.ConsistencyToken;

/**
 * The outcome of a write: the command's result and the token naming where its events landed on Kafka (empty when
 * they were not acknowledged in time: the write is stored and will still be published).
 */
public record Written<R>(R result, ConsistencyToken token) {

	/** The encoded token, or null when there is none to give. */
	public String encodedToken() {
		return (this.token == null || this.token.isEmpty()) ? null : this.token.encode();
	}

}
