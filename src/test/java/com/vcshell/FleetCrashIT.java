package com.vcshell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.SavedPairs;
import com.vcshell.profile.SavedPairs.SavedPair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §4: {@code rotate apply} over 10 accounts, in the packaged application, killed
 * with SIGKILL (the emulator, in a JVM of its own, answers every request 40 ms late to
 * widen the windows), then {@code rotate resume}. Odd runs are killed at a random time;
 * even ones the moment a random account's answer reaches the pending journal, before its
 * pair is saved. Several runs from one printed seed ({@code -Dvcshell.seed=…} replays
 * them, {@code -Dvcshell.crash.runs} sets how many). After each kill the journal must
 * tell the truth, and every pair the emulator issued must be held here (in the profile,
 * or in the pending journal, whose answer the next start turns into a rescue file) unless
 * the kill came while its generate was in flight. After each resume every account must be
 * rotated exactly once (the emulator counts the pairs it issued) with its pair in its
 * profile and in its delivery, or be reported {@code unknown} with the api id it has now,
 * held by no file here, and only when its answer never reached this machine.
 */
class FleetCrashIT {

	private static final int RUNS = Integer.getInteger("vcshell.crash.runs", 6);

	private static final long SEED = Long.getLong("vcshell.seed", System.nanoTime());

	private static final int MAX_DELAY_MILLIS = 3000;

	/** The pending journal of a run's folder (design §4), under its HOME. */
	private static final String PENDING = "home/.vcshell/pending";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	private static EmulatorProcess emulator;

	private static Path credentials;

	/** Ten accounts: user name to user id. */
	private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

	@BeforeAll
	static void emulatorAndAccounts() throws Exception {
		credentials = dir.resolve("credentials");
		emulator = EmulatorProcess.start(credentials, dir.resolve("emulator-stderr.txt"));
		Path plan = dir.resolve("all.plan");
		Vcshell.Result planned = JarProcess.run(Map.of("HOME", dir.resolve("home").toString()), null,
				"--credentials-file", credentials.toString(), "--profile", "demo", "rotate", "plan", "--out",
				plan.toString());
		assertThat(planned.exitCode()).as(planned.err()).isZero();
		String name = null;
		for (String line : Files.readAllLines(plan)) {
			if (line.startsWith("[ci-")) {
				name = line.substring(1, line.length() - 1);
			}
			else if (name != null && line.startsWith("user_id = ") && ACCOUNTS.size() < 10) {
				ACCOUNTS.put(name, line.substring("user_id = ".length()));
				name = null;
			}
		}
		assertThat(ACCOUNTS).hasSize(10);
		emulator.control("{\"action\":\"latency\",\"millis\":40}");
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	@Test
	void killedAtRandomPointsAndResumedEveryAccountIsRotatedOnceOrReportedUnknown() throws Exception {
		System.out.println("FleetCrashIT: seed " + SEED + " (replay with -Dvcshell.seed=" + SEED + ")");
		Random random = new Random(SEED);
		int lost = 0;
		int recovered = 0;
		for (int run = 1; run <= RUNS; run++) {
			Outcome outcome = (run % 2 == 1) ? run(run, random.nextInt(MAX_DELAY_MILLIS), -1)
					: run(run, 0, random.nextInt(ACCOUNTS.size()));
			lost += outcome.lost();
			recovered += outcome.recovered();
		}
		System.out.println("FleetCrashIT: " + RUNS + " runs, " + lost + " pairs lost (reported unknown), " + recovered
				+ " recovered from the pending journal");
	}

	/**
	 * One run: apply, kill, check the journal, resume, check every account; the pairs
	 * lost and the pairs the kill left only in the pending journal. An odd run is killed
	 * {@code delayMillis} after its journal appears; an even one the moment the pending
	 * journal holds an answer for the {@code answers + 1}th time (the window between a
	 * pair's arrival and its save, a few milliseconds wide).
	 */
	private Outcome run(int run, int delayMillis, int answers) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("run-" + run));
		Files.createDirectories(folder.resolve("delivered"));
		Path runCredentials = Files.copy(credentials, folder.resolve("credentials"));
		Map<String, JsonNode> before = states();
		Path plan = plan(folder, before);

		Process apply = start(folder, "rotate", "apply", plan.toString(), "--yes");
		Path journal = awaitJournal(folder, apply);
		String when = delayMillis + " ms after its journal appeared";
		if (answers < 0) {
			Thread.sleep(delayMillis);
		}
		else {
			when = awaitAnswer(folder, apply, answers + 1)
					? "as answer " + (answers + 1) + " reached the pending journal"
					: "after it ended before answer " + (answers + 1);
		}
		boolean killed = apply.isAlive();
		apply.destroyForcibly();
		assertThat(apply.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Map<String, Pending> pending = pending(folder);
		System.out.println(
				"FleetCrashIT: run " + run + ": " + (killed ? "killed" : "finished (exit " + apply.exitValue() + ")")
						+ " " + when + "; pending: "
						+ (pending.isEmpty() ? "none" : pending.entrySet()
							.stream()
							.map((e) -> e.getKey() + ((e.getValue().apiId() != null) ? " answered" : " in flight"))
							.toList()));
		if (journal == null || !Files.readString(journal).contains("\n")) {
			// killed before the journal's first line was on disk: nothing was sent yet
			assertThat(states()).as("killed before its journal began: nothing happened").isEqualTo(before);
			return new Outcome(0, 0);
		}

		Vcshell.Result status = vcshell(folder, "rotate", "status", journal.toString(), "--json");
		assertThat(status.exitCode()).as(status.err()).isZero();
		journalTellsTheTruth(folder, runCredentials, before, accounts(status), pending);

		Vcshell.Result resumed = vcshell(folder, "rotate", "resume", journal.toString(), "--yes", "--json");
		assertThat(resumed.exitCode()).as(resumed.err()).isIn(0, 6);
		int lost = 0;
		for (Map.Entry<String, JsonNode> account : accounts(resumed).entrySet()) {
			lost += finalState(folder, runCredentials, account.getKey(), account.getValue(),
					before.get(account.getKey()), pending.get(account.getKey()));
		}
		assertThat(pending(folder)).as("the pending journal after the resume: every entry recovered").isEmpty();
		return new Outcome(lost, (int) pending.values().stream().filter((p) -> p.apiId() != null).count());
	}

	/** What the journal says after the kill is what happened. */
	private void journalTellsTheTruth(Path folder, Path runCredentials, Map<String, JsonNode> before,
			Map<String, JsonNode> accounts, Map<String, Pending> pending) throws Exception {
		for (Map.Entry<String, JsonNode> entry : accounts.entrySet()) {
			String name = entry.getKey();
			String state = entry.getValue().path("state").asString();
			JsonNode now = emulator.state(ACCOUNTS.get(name));
			long generated = now.path("pair_count").asLong() - before.get(name).path("pair_count").asLong();
			assertThat(generated).as(name + " generated").isBetween(0L, 1L);
			Pending entryOf = pending.get(name);
			if (entryOf != null && entryOf.apiId() != null) {
				assertThat(entryOf.apiId()).as(name + ": the pending journal's answer is the pair issued")
					.isEqualTo(now.path("api_id").asString());
				assertThat(generated).isEqualTo(1);
			}
			if (generated == 1 && entryOf == null) {
				assertThat(SavedPairs.find(runCredentials, now.path("api_id").asString()))
					.as(name + ": issued a pair that is neither in the pending journal nor in the credentials file")
					.isPresent();
			}
			switch (state) {
				case "rotated" -> assertRotated(folder, runCredentials, name, entry.getValue(), now, generated);
				case "not reached" -> assertThat(generated).as(name + " not reached").isZero();
				case "unknown", "interrupted" -> {
					String newApiId = text(entry.getValue(), "new_api_id");
					if (newApiId != null) {
						assertThat(generated).as(name + " generated as journaled").isEqualTo(1);
						assertThat(now.path("api_id").asString()).isEqualTo(newApiId);
					}
				}
				default -> throw new AssertionError(name + " is " + state + " after a kill: " + entry.getValue());
			}
		}
	}

	/**
	 * After the resume: rotated exactly once, or unknown with a pair nobody holds because
	 * its answer never reached this machine.
	 */
	private int finalState(Path folder, Path runCredentials, String name, JsonNode account, JsonNode before,
			Pending pending) throws Exception {
		JsonNode now = emulator.state(ACCOUNTS.get(name));
		long generated = now.path("pair_count").asLong() - before.path("pair_count").asLong();
		String state = account.path("state").asString();
		assertThat(generated).as(name + " (" + state + ") generated once").isEqualTo(1);
		assertThat(text(account, "new_api_id")).as(name + " new api id").isEqualTo(now.path("api_id").asString());
		if (state.equals("rotated")) {
			assertRotated(folder, runCredentials, name, account, now, generated);
			return 0;
		}
		assertThat(state).as(name).isEqualTo("unknown");
		assertThat(pending).as(name + ": reported lost, so the kill came while its generate was in flight")
			.isNotNull()
			.extracting(Pending::apiId)
			.isNull();
		assertThat(holders(folder, now.path("api_id").asString())).as(name + ": reported lost, held nowhere").isEmpty();
		return 1;
	}

	private void assertRotated(Path folder, Path runCredentials, String name, JsonNode account, JsonNode now,
			long generated) throws Exception {
		String apiId = now.path("api_id").asString();
		assertThat(generated).as(name + " rotated once").isEqualTo(1);
		assertThat(text(account, "new_api_id")).isEqualTo(apiId);
		SavedPair saved = SavedPairs.find(runCredentials, apiId)
			.orElseThrow(() -> new AssertionError(name + " not saved"));
		assertThat(saved.section()).isEqualTo(name);
		assertThat(works(saved)).as(name + ": the saved pair signs").isTrue();
		SavedPair delivered = SavedPairs.find(folder.resolve("delivered").resolve(name), apiId)
			.orElseThrow(() -> new AssertionError(name + " not delivered"));
		assertThat(delivered.apiSecret()).isEqualTo(saved.apiSecret());
	}

	private static boolean works(SavedPair pair) {
		ApiCredentials credentials = ApiCredentials.of(pair.apiId(), pair.apiSecret());
		return credentials.apiId()
			.equals(RestIdentityClient
				.create(emulator.baseUrl(), () -> credentials, IdentityClientSettings.defaults(Map.of()))
				.ownCredentials()
				.apiId());
	}

	/** Every credentials-format file under the folder that holds a pair with that id. */
	private static List<Path> holders(Path folder, String apiId) throws IOException {
		List<Path> holders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".jsonl") || name.endsWith(".plan") || name.endsWith(".txt")
						|| name.endsWith(".log")) {
					continue;
				}
				try {
					SavedPairs.find(file, apiId).ifPresent((pair) -> holders.add(file));
				}
				catch (ProfileException ex) {
					// not a credentials file
				}
			}
		}
		return holders;
	}

	/**
	 * The pending journal's entries (design §4) by account: what a generate in flight
	 * left, with the api id of its answer when the answer reached the disk whole.
	 */
	private static Map<String, Pending> pending(Path folder) throws IOException {
		Path pendingFolder = folder.resolve(PENDING);
		Map<String, Pending> entries = new HashMap<>();
		if (!Files.isDirectory(pendingFolder)) {
			return entries;
		}
		Map<String, String> names = new HashMap<>();
		ACCOUNTS.forEach((name, id) -> names.put(id, name));
		try (Stream<Path> files = Files.list(pendingFolder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().contains(".jsonl")).toList()) {
				List<String> lines = wholeLines(file);
				if (lines.isEmpty()) {
					continue; // its first line is not whole: cut before the generate was
								// sent
				}
				String userId = JSON.readTree(lines.get(0)).path("target_user_id").asString();
				String name = names.get(userId);
				assertThat(name).as("pending entry " + file + " for a planned account").isNotNull();
				assertThat(entries).as(name + ": one pending entry").doesNotContainKey(name);
				String apiId = null;
				if (lines.size() > 1) {
					JsonNode answer = JSON.readTree(
							Base64.getDecoder().decode(JSON.readTree(lines.get(1)).path("answer_base64").asString()));
					apiId = answer.path("api_id").asString();
				}
				entries.put(name, new Pending(file, apiId));
			}
		}
		return entries;
	}

	/**
	 * The lines of a pending journal entry that end with their newline: the context, then
	 * the answer once it is whole; a line cut by the kill is left out.
	 */
	private static List<String> wholeLines(Path file) throws IOException {
		List<String> parts = List.of(Files.readString(file).split("\n", -1));
		return parts.subList(0, parts.size() - 1);
	}

	/** A pending journal entry: its file, and the api id of its answer if it has one. */
	private record Pending(Path file, String apiId) {
	}

	/**
	 * What one run left: pairs lost, and pairs the kill left only in the pending journal.
	 */
	private record Outcome(int lost, int recovered) {
	}

	private static Path plan(Path folder, Map<String, JsonNode> before) throws IOException {
		StringBuilder plan = new StringBuilder("# crash test plan\ndeliver_timeout = 30\n");
		ACCOUNTS.forEach((name, id) -> plan.append("\n[")
			.append(name)
			.append("]\nuser_id = ")
			.append(id)
			.append("\napi_id = ")
			.append(Optional.ofNullable(text(before.get(name), "api_id")).orElse(""))
			.append("\nsave_as = ")
			.append(name)
			.append("\ndeliver = sh -c 'cat > delivered/")
			.append(name)
			.append("'\n"));
		return Files.writeString(folder.resolve("crash.plan"), plan);
	}

	private static Map<String, JsonNode> states() throws Exception {
		Map<String, JsonNode> states = new HashMap<>();
		for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
			JsonNode state = emulator.state(account.getValue());
			states.put(account.getKey(),
					JSON.createObjectNode()
						.put("api_id", text(state, "api_id"))
						.put("pair_count", state.path("pair_count").asLong()));
		}
		return states;
	}

	/**
	 * Waits until the pending journal has held an answer {@code count} times (each entry
	 * counted once); false when the process ended first.
	 */
	private static boolean awaitAnswer(Path folder, Process process, int count) throws Exception {
		Path pendingFolder = folder.resolve(PENDING);
		Set<Path> answered = new HashSet<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (Files.isDirectory(pendingFolder)) {
				try (Stream<Path> files = Files.list(pendingFolder)) {
					for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
						try {
							if (wholeLines(file).size() > 1 && answered.add(file) && answered.size() == count) {
								return true;
							}
						}
						catch (NoSuchFileException ex) {
							// saved and removed meanwhile
						}
					}
				}
			}
			LockSupport.parkNanos(200_000);
		}
		return false;
	}

	/** The journal once it exists; {@code null} when the process ended first. */
	private static Path awaitJournal(Path folder, Process process) throws Exception {
		Path journals = folder.resolve("home/.vcshell/rotations");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (Files.isDirectory(journals)) {
				try (Stream<Path> files = Files.list(journals)) {
					Optional<Path> journal = files.findFirst();
					if (journal.isPresent()) {
						return journal.get();
					}
				}
			}
			if (!process.isAlive()) {
				return null;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("no journal within 120 s");
	}

	private static Process start(Path folder, String... command) throws Exception {
		JarProcess.warmUp();
		List<String> line = new ArrayList<>(List.of(JarProcess.launcher().toString(), "--credentials-file",
				folder.resolve("credentials").toString(), "--profile", "demo"));
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(folder.resolve("apply-out.txt").toFile())
			.redirectError(folder.resolve("apply-err.txt").toFile());
		builder.environment().keySet().removeIf((name) -> !name.equals("PATH"));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("HOME", folder.resolve("home").toString());
		return builder.start();
	}

	private static Vcshell.Result vcshell(Path folder, String... command) throws Exception {
		List<String> args = new ArrayList<>(
				List.of("--credentials-file", folder.resolve("credentials").toString(), "--profile", "demo"));
		args.addAll(List.of(command));
		return JarProcess.run(Map.of("HOME", folder.resolve("home").toString()), null, args.toArray(String[]::new));
	}

	/** The accounts of a {@code --json} run or status, by user name. */
	private static Map<String, JsonNode> accounts(Vcshell.Result result) {
		Map<String, JsonNode> accounts = new LinkedHashMap<>();
		JSON.readTree(result.out()).path("accounts").forEach((a) -> accounts.put(a.path("user_name").asString(), a));
		assertThat(accounts.keySet()).containsExactlyElementsOf(ACCOUNTS.keySet());
		return accounts;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

}
