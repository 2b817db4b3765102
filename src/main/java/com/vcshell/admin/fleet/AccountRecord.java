package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a journal says of one account, line after line: the last attempt's steps, and its
 * final state when one was journaled. A new attempt (a {@code check}, or a
 * {@code generate} being sent) forgets the steps of the one before.
 */
final class AccountRecord {

	final String name;

	final String id;

	final @Nullable String plannedApiId;

	@Nullable String check;

	@Nullable String generate;

	@Nullable String oldApiId;

	@Nullable String newApiId;

	@Nullable String save;

	List<String> savedTo = List.of();

	@Nullable Path credentialsFile;

	@Nullable Path out;

	@Nullable Path rescueFile;

	@Nullable String saveProblem;

	final Map<Integer, String> deliveries = new LinkedHashMap<>();

	final Set<String> delivered = new HashSet<>();

	@Nullable String verify;

	@Nullable String done;

	@Nullable String note;

	AccountRecord(String name, String id, @Nullable String plannedApiId) {
		this.name = name;
		this.id = id;
		this.plannedApiId = plannedApiId;
		this.oldApiId = plannedApiId;
	}

	/** Takes in one line about this account. */
	void accept(String step, JsonNode line) {
		if (!step.equals("done")) {
			this.done = null;
			this.note = null;
		}
		switch (step) {
			case "check" -> {
				forgetAttempt();
				this.check = text(line, "outcome");
			}
			case "generate" -> generate(line);
			case "save" -> save(line);
			case "deliver" -> deliver(line);
			case "verify" -> this.verify = text(line, "outcome");
			case "done" -> {
				this.done = text(line, "state");
				this.note = text(line, "note");
				this.newApiId = (text(line, "new_api_id") != null) ? text(line, "new_api_id") : this.newApiId;
			}
			default -> {
			}
		}
	}

	private void generate(JsonNode line) {
		String outcome = text(line, "outcome");
		if ("sending".equals(outcome)) {
			forgetAttempt();
		}
		this.generate = outcome;
		this.oldApiId = text(line, "old_api_id");
		this.newApiId = text(line, "new_api_id");
	}

	private void save(JsonNode line) {
		this.save = text(line, "outcome");
		List<String> places = new ArrayList<>();
		line.path("saved_to").forEach((place) -> places.add(place.asString()));
		this.savedTo = List.copyOf(places);
		this.credentialsFile = path(line, "credentials_file");
		this.out = path(line, "out");
		this.rescueFile = path(line, "rescue_file");
		this.saveProblem = text(line, "problem");
	}

	private void deliver(JsonNode line) {
		int index = line.path("index").asInt(0);
		String command = String.valueOf(text(line, "command"));
		boolean ok = "ok".equals(text(line, "outcome"));
		String problem = text(line, "problem");
		String summary = (problem != null) ? problem : "exit " + line.path("exit_code").asString("?");
		String stderr = text(line, "stderr");
		this.deliveries.put(index, (stderr != null && !ok) ? summary + ": " + stderr : summary);
		String key = Completion.key(index, command);
		if (ok) {
			this.delivered.add(key);
		}
		else {
			this.delivered.remove(key);
		}
	}

	private void forgetAttempt() {
		this.generate = null;
		this.newApiId = null;
		this.save = null;
		this.savedTo = List.of();
		this.out = null;
		this.rescueFile = null;
		this.saveProblem = null;
		this.deliveries.clear();
		this.delivered.clear();
		this.verify = null;
	}

	static @Nullable String text(JsonNode line, String field) {
		JsonNode value = line.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	private static @Nullable Path path(JsonNode line, String field) {
		String value = text(line, field);
		return (value != null) ? Path.of(value) : null;
	}

}
