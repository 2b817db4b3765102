package com.vcshell.output;

import java.io.PrintWriter;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one pretty-printed JSON document per call: record components and bean properties
 * in snake_case (unless named with {@code @JsonProperty}), timestamps as ISO-8601 text,
 * {@code null} values left out. Map keys are kept as they are.
 */
final class JsonRenderer {

	/**
	 * Built on first use: Jackson is about 460 classes that a session without JSON never
	 * loads.
	 */
	private JsonMapper mapper;

	static JsonMapper mapper() {
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	void write(Object value, PrintWriter out) {
		if (this.mapper == null) {
			this.mapper = mapper();
		}
		out.println(this.mapper.writeValueAsString(value));
		out.flush();
	}

}
