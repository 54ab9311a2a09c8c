package io.castellan.platform.consistency;

import java.util.Map;

import io.castellan.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConsistencyTokenTests {

	private static final ConsistencyToken.Partition TENANT_0 = new ConsistencyToken.Partition("castellan.tenant.events.v1", 0);

	private static final ConsistencyToken.Partition AUTHZ_1 = new ConsistencyToken.Partition("castellan.authz.events.v1", 1);

	@Test
	void parseWhenEncodedThenRoundTrips() {
		ConsistencyToken token = ConsistencyToken.of(Map.of(TENANT_0, 12L, AUTHZ_1, 3L));
		assertThat(ConsistencyToken.parse(token.encode())).isEqualTo(token);
	}

	@Test
	void mergeWhenSamePartitionThenKeepsMaximumOffset() {
		ConsistencyToken first = ConsistencyToken.of(Map.of(TENANT_0, 12L));
		ConsistencyToken second = ConsistencyToken.of(Map.of(TENANT_0, 7L, AUTHZ_1, 3L));
		assertThat(first.merge(second).offsets()).containsExactlyInAnyOrderEntriesOf(Map.of(TENANT_0, 12L, AUTHZ_1, 3L));
	}

	@Test
	void parseWhenLatestOrBlankThenEmpty() {
		assertThat(ConsistencyToken.parse("latest").isEmpty()).isTrue();
		assertThat(ConsistencyToken.parse(null).isEmpty()).isTrue();
		assertThat(ConsistencyToken.parse(" ").isEmpty()).isTrue();
	}

	@Test
	void parseWhenGarbageThenBadRequestWithStableCode() {
		for (String garbage : new String[] { "not-base64!!", "djI7eA", "x".repeat(10_000) }) {
			assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> ConsistencyToken.parse(garbage))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("consistency_token_invalid"));
		}
	}

}
