package io.castellan.identity.client;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class TestJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static JsonNode read(byte[] value) {
		return JSON.readTree(value);
	}

}
