package io.castellan.authz.index;

/**
 * Assignment and policy ids as the index keeps them: a canonical lower-case UUID (what the platform issues) packed
 * into two longs, 16 bytes instead of an 80-byte string; any other id kept as its string.
 */
final class CompactIds {

	private CompactIds() {
	}

	/** Whether {@code id} is a canonical lower-case UUID, so {@link #text} gives it back exactly. */
	static boolean packable(String id) {
		if (id.length() != 36) {
			return false;
		}
		for (int i = 0; i < 36; i++) {
			char c = id.charAt(i);
			boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
			if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	/** The first 64 bits of a packable id. */
	static long high(String id) {
		return (hex(id, 0, 8) << 32) | (hex(id, 9, 13) << 16) | hex(id, 14, 18);
	}

	/** The last 64 bits of a packable id. */
	static long low(String id) {
		return (hex(id, 19, 23) << 48) | hex(id, 24, 36);
	}

	static String text(long high, long low) {
		char[] chars = new char[36];
		digits(chars, 0, high >>> 32, 8);
		chars[8] = '-';
		digits(chars, 9, (high >>> 16) & 0xffff, 4);
		chars[13] = '-';
		digits(chars, 14, high & 0xffff, 4);
		chars[18] = '-';
		digits(chars, 19, low >>> 48, 4);
		chars[23] = '-';
		digits(chars, 24, low & 0xffffffffffffL, 12);
		return new String(chars);
	}

	private static long hex(String id, int from, int to) {
		long value = 0;
		for (int i = from; i < to; i++) {
			value = (value << 4) | Character.digit(id.charAt(i), 16);
		}
		return value;
	}

	private static void digits(char[] chars, int at, long value, int count) {
		for (int i = count - 1; i >= 0; i--) {
			chars[at + i] = Character.forDigit((int) (value & 0xf), 16);
			value >>>= 4;
		}
	}

}
