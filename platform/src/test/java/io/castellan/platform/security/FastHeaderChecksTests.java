package io.castellan.platform.security;

import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FastHeaderChecksTests {

	/** The rule Spring Security's StrictHttpFirewall applies by default. */
	private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	@Test
	void isPrintableWhenAnyCodePointThenSameAnswerAsTheDefaultRule() {
		// Every code point of the Basic Multilingual Plane and a sample beyond it, one at a time and in context.
		IntStream.concat(IntStream.range(0, 0x10000), IntStream.of(0x1F600, 0x10FFFF, 0xE0001, 0x2FFFF))
			.forEach((codePoint) -> {
				String alone = new String(Character.toChars(codePoint));
				String inToken = "Bearer eyJ" + alone + "abc";
				assertThat(FastHeaderChecks.isPrintable(alone)).as("U+%04X", codePoint)
					.isEqualTo(DEFAULT.matcher(alone).matches());
				assertThat(FastHeaderChecks.isPrintable(inToken)).as("U+%04X in a value", codePoint)
					.isEqualTo(DEFAULT.matcher(inToken).matches());
			});
	}

	@Test
	void isPrintableWhenLongTokenOrEmptyThenAccepted() {
		assertThat(FastHeaderChecks.isPrintable("Bearer " + "eyJhbGciOiJFUzI1NiJ9.".repeat(40))).isTrue();
		assertThat(FastHeaderChecks.isPrintable("")).isTrue();
	}

	@Test
	void isPrintableWhenHeaderInjectionAttemptedThenRefused() {
		assertThat(FastHeaderChecks.isPrintable("value\r\nSet-Cookie: x=1")).isFalse();
		assertThat(FastHeaderChecks.isPrintable("nul\u0000byte")).isFalse();
		assertThat(FastHeaderChecks.isPrintable("lone surrogate \uD800")).isEqualTo(
				DEFAULT.matcher("lone surrogate \uD800").matches());
	}

}
