package com.vcshell.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads Identity API responses: unknown fields ignored, timestamps parsed leniently, an
 * empty body read as "nothing". Thread-safe; one serves every client of a host.
 */
final class IdentityJson {

	private final JsonMapper mapper;

	/** One reader per answer type, its deserializer found once. */
	private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

	IdentityJson() {
		SimpleModule timestamps = new SimpleModule("lenient-timestamps");
		timestamps.addDeserializer(Instant.class, new LenientInstantDeserializer());
		this.mapper = JsonMapper.builder()
			.addModule(timestamps)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	/**
	 * The body as the given type, or {@code null} for an empty body.
	 * @throws JacksonException when the body is not the JSON expected
	 */
	<T> T read(byte[] body, Class<T> type) {
		if (isBlank(body)) {
			return null;
		}
		return type.cast(this.readers.computeIfAbsent(type, this.mapper::readerFor).readValue(body));
	}

	/** The body as a tree, or {@code null} when it is empty or not JSON. */
	JsonNode tree(byte[] body) {
		if (isBlank(body)) {
			return null;
		}
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static boolean isBlank(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return false;
			}
		}
		return true;
	}

}
