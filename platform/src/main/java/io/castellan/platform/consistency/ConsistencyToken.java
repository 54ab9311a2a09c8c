package io.castellan.platform.consistency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.castellan.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An opaque read-your-writes token: for each Kafka partition a write produced to, the offset of its last record.
 * A read given the token waits until its consumer has passed every offset it names for the topics it consumes.
 * Tokens of several writes, in several services, combine by taking the maximum offset per partition.
 * <p>
 * Encoded as base64url of {@code v1;topic/partition/offset;...}; clients must treat it as opaque.
 */
public final class ConsistencyToken {

	/** Request and response header carrying the token. */
	public static final String HEADER = "Castellan-Consistency-Token";

	private static final String VERSION = "v1";

	private static final int MAX_ENCODED_LENGTH = 8192;

	private static final ConsistencyToken EMPTY = new ConsistencyToken(Map.of());

	private final Map<Partition, Long> offsets;

	private ConsistencyToken(Map<Partition, Long> offsets) {
		this.offsets = Collections.unmodifiableMap(new TreeMap<>(offsets));
	}

	/** A token that demands nothing: "latest". */
	public static ConsistencyToken empty() {
		return EMPTY;
	}

	public static ConsistencyToken of(Map<Partition, Long> offsets) {
		return offsets.isEmpty() ? EMPTY : new ConsistencyToken(offsets);
	}

	/**
	 * Parses a token received from a client; {@code null}, blank or {@code latest} mean no demand.
	 * @throws ProblemException 400 {@code consistency_token_invalid} when the token is not one of ours
	 */
	public static ConsistencyToken parse(String encoded) {
		if (encoded == null || encoded.isBlank() || encoded.equals("latest")) {
			return EMPTY;
		}
		if (encoded.length() > MAX_ENCODED_LENGTH) {
			throw invalid();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
			String[] parts = text.split(";");
			if (!parts[0].equals(VERSION)) {
				throw invalid();
			}
			Map<Partition, Long> offsets = new TreeMap<>();
			for (int i = 1; i < parts.length; i++) {
				String[] fields = parts[i].split("/");
				if (fields.length != 3) {
					throw invalid();
				}
				Partition partition = new Partition(fields[0], Integer.parseInt(fields[1]));
				offsets.merge(partition, Long.parseLong(fields[2]), Math::max);
			}
			return of(offsets);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	private static ProblemException invalid() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "consistency_token_invalid",
				"The consistency token is malformed: pass a token exactly as a Castellan write returned it, or 'latest'.");
	}

	/** Combines two tokens: the maximum offset per partition. */
	public ConsistencyToken merge(ConsistencyToken other) {
		Map<Partition, Long> merged = new TreeMap<>(this.offsets);
		other.offsets.forEach((partition, offset) -> merged.merge(partition, offset, Math::max));
		return of(merged);
	}

	public Map<Partition, Long> offsets() {
		return this.offsets;
	}

	public boolean isEmpty() {
		return this.offsets.isEmpty();
	}

	public String encode() {
		StringBuilder text = new StringBuilder(VERSION);
		this.offsets.forEach((partition, offset) -> text.append(';')
			.append(partition.topic())
			.append('/')
			.append(partition.partition())
			.append('/')
			.append(offset));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ConsistencyToken token && token.offsets.equals(this.offsets);
	}

	@Override
	public int hashCode() {
		return this.offsets.hashCode();
	}

	@Override
	public String toString() {
		return "ConsistencyToken" + this.offsets;
	}

	/** A Kafka topic partition. */
	public record Partition(String topic, int partition) implements Comparable<Partition> {

		@Override
		public int compareTo(Partition other) {
			int byTopic = this.topic.compareTo(other.topic);
			return (byTopic != 0) ? byTopic : Integer.compare(this.partition, other.partition);
		}

	}

}
