package io.castellan.platform.web;

import java.net.URI;

import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Answers to writes: the status, the consistency token header and, for creations, the new resource's location. */
public final class WriteResponses {

	private WriteResponses() {
	}

	public static <T> ResponseEntity<T> created(URI location, Written<?> written, T body) {
		return with(ResponseEntity.created(location), written, body);
	}

	public static <T> ResponseEntity<T> ok(Written<?> written, T body) {
		return with(ResponseEntity.status(HttpStatus.OK), written, body);
	}

	private static <T> ResponseEntity<T> with(ResponseEntity.BodyBuilder builder, Written<?> written, T body) {
		String token = written.encodedToken();
		if (token != null) {
			builder.header(ConsistencyToken.HEADER, token);
		}
		return builder.body(body);
	}

}
