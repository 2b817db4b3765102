package com.vcshell.output;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import com.vcshell.auth.Masking;

/**
 * Prints one pretty-printed JSON document per call: record components and bean properties
 * in snake_case (unless named with {@code @JsonProperty}), timestamps as ISO-8601 text,
 * {@code null} values left out. Map keys are kept as they are. Every string value is
 * masked ({@link Masking#scrub}) unless it is {@link Unmasked}, and control characters
 * (DEL, C1, bidi and other format characters too, not only those JSON requires) are
 * written as {@code \\uXXXX} escapes.
 */
final class JsonRenderer {

	/**
	 * Built on first use: Jackson is about 460 classes that a session without JSON never
	 * loads.
	 */
	private JsonMapper mapper;

	private JsonMapper built() {
		if (this.mapper == null) {
			this.mapper = mapper();
		}
		return this.mapper;
	}

	static JsonMapper mapper() {
		SimpleModule masking = new SimpleModule("vcshell-masking").addSerializer(String.class, new MaskedStrings())
			.addSerializer(Unmasked.class, new UnmaskedValues());
		return JsonMapper.builder(JsonFactory.builder().characterEscapes(new ControlEscapes()).build())
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.addModule(masking)
			.build();
	}

	/**
	 * A record or bean as the map of its JSON fields (snake_case names, values as JSON
	 * shows them, strings masked, {@code null}s left out), for a view to replace a field
	 * with an {@link Unmasked} value.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> fields(Object value) {
		return built().convertValue(value, LinkedHashMap.class);
	}

	void write(Object value, PrintWriter out) {
		out.println(built().writeValueAsString(value));
		out.flush();
	}

	/** Strings as the user may see them: anything like a key masked. */
	private static final class MaskedStrings extends StdSerializer<String> {

		MaskedStrings() {
			super(String.class);
		}

		@Override
		public void serialize(String value, JsonGenerator json, SerializationContext context) {
			json.writeString(Masking.scrub(value));
		}

	}

	/** The values a command shows in full. */
	private static final class UnmaskedValues extends StdSerializer<Unmasked> {

		UnmaskedValues() {
			super(Unmasked.class);
		}

		@Override
		public void serialize(Unmasked value, JsonGenerator json, SerializationContext context) {
			json.writeString(value.text());
		}

	}

	/**
	 * JSON's own escapes, plus DEL, C1 controls, format characters (bidi overrides) and
	 * line and paragraph separators as {@code \\uXXXX}.
	 */
	private static final class ControlEscapes extends CharacterEscapes {

		private static final int DEL = 0x7F;

		private final int[] ascii = standardAsciiEscapesForJSON();

		ControlEscapes() {
			this.ascii[DEL] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int c) {
			if (!Character.isSurrogate((char) c) && Neutralise.isControl(c)) {
				return new SerializedString(String.format(Locale.ROOT, "\\u%04X", c));
			}
			return null;
		}

	}

}
