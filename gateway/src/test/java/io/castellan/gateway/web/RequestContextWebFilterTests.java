package io.castellan.gateway.web;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RequestContextWebFilterTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private final RequestContextWebFilter filter = new RequestContextWebFilter();

	@Test
	void filterWhenSafeRequestIdAndValidTraceparentThenKeptForwardedAndEchoed() {
		Result result = run(MockServerHttpRequest.get("/api/tenants")
			.header("X-Request-Id", "req-1.a_B")
			.header("traceparent", TRACEPARENT));

		assertThat(result.forwarded().getFirst("X-Request-Id")).isEqualTo("req-1.a_B");
		assertThat(result.forwarded().getFirst("traceparent")).isEqualTo(TRACEPARENT);
		assertThat(result.answered().getFirst("X-Request-Id")).isEqualTo("req-1.a_B");
		assertThat(result.answered().getFirst("traceparent")).isEqualTo(TRACEPARENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
			"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01" })
	void filterWhenTraceparentInvalidThenNewValidOneForwardedAndEchoed(String invalid) {
		Result result = run(MockServerHttpRequest.get("/").header("traceparent", invalid));

		String generated = result.forwarded().getFirst("traceparent");
		assertThat(generated).isNotEqualTo(invalid)
			.matches("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01");
		assertThat(result.answered().getFirst("traceparent")).isEqualTo(generated);
	}

	@ParameterizedTest
	@MethodSource("unsafeRequestIds")
	void filterWhenRequestIdUnsafeThenReplaced(String unsafe) {
		Result result = run(MockServerHttpRequest.get("/").header("X-Request-Id", unsafe));

		String generated = result.forwarded().getFirst("X-Request-Id");
		assertThat(generated).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
		assertThat(result.answered().getFirst("X-Request-Id")).isEqualTo(generated);
	}

	static Stream<String> unsafeRequestIds() {
		return Stream.of("has space", "<script>", "\u00ff", "x".repeat(129));
	}

	@Test
	void filterWhenUpstreamEchoedTheIdThenAnsweredOnce() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header("X-Request-Id", "r-1"));
		this.filter.filter(exchange, (forwarded) -> {
			forwarded.getResponse().getHeaders().add("X-Request-Id", "r-1");
			return Mono.empty();
		}).block();
		exchange.getResponse().setComplete().block();

		assertThat(exchange.getResponse().getHeaders().get("X-Request-Id")).containsExactly("r-1");
	}

	private Result run(MockServerHttpRequest.BaseBuilder<?> request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
		this.filter.filter(exchange, (next) -> {
			forwarded.set(next);
			return Mono.empty();
		}).block();
		exchange.getResponse().setComplete().block();
		return new Result(forwarded.get().getRequest().getHeaders(), exchange.getResponse().getHeaders());
	}

	private record Result(HttpHeaders forwarded, HttpHeaders answered) {
	}

}
