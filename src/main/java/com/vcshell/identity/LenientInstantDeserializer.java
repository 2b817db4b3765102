package com.vcshell.identity;

import java.time.Instant;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads any timestamp shape of {@link Timestamps} (or epoch milliseconds) into an
 * {@link Instant}.
 */
final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
			return Instant.ofEpochMilli(parser.getLongValue());
		}
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			return Timestamps.parse(parser.getString());
		}
		parser.skipChildren();
		return null;
	}

}
