package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.UsageException;
import com.vcshell.admin.delivery.CommandSplitter;
import com.vcshell.admin.delivery.DeliveryCommand;
import com.vcshell.admin.delivery.DeliveryRunner;
import com.vcshell.admin.fleet.PlanLines.Entry;
import com.vcshell.admin.fleet.PlanLines.Section;

/**
 * Reads a rotation plan (see the README, "Rotating a fleet"): INI-like, one section per
 * account named by its user name, {@code key = value} lines, {@code #}/{@code ;} comment
 * lines; plan-level keys before the first section. Every problem names the file and the
 * line; nothing is sent before the whole plan reads well.
 */
final class PlanParser {

	static final Set<String> HEADER_KEYS = Set.of("api_host", "deliver_timeout");

	static final Set<String> ACCOUNT_KEYS = Set.of("user_id", "api_id", "expiry", "save_as", "out", "deliver",
			"deliver_timeout");

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern API_ID = Pattern.compile("(?i)(vera01[a-z]i-)?[0-9a-f]{32}");

	private final CommandSplitter splitter;

	private final Path home;

	PlanParser(CommandSplitter splitter, Path home) {
		this.splitter = splitter;
		this.home = home;
	}

	/**
	 * The plan of a file's text.
	 * @param file the plan file, absolute
	 * @throws PlanException naming the line of the first problem
	 */
	RotationPlan parse(Path file, String text, String digest) {
		PlanLines lines = PlanLines.read(file, text);
		Map<String, Entry> header = single(lines, lines.header(), HEADER_KEYS, "before the first [account]");
		Duration timeout = timeout(lines, header.get("deliver_timeout"), DeliveryRunner.DEFAULT_TIMEOUT);
		List<PlannedAccount> accounts = new ArrayList<>();
		for (Section section : lines.sections()) {
			accounts.add(account(lines, section, file.getParent(), timeout));
		}
		if (accounts.isEmpty()) {
			throw new PlanException(file + ": the plan has no accounts; write one with 'rotate plan'");
		}
		new PlanConflicts(lines).check(accounts);
		Entry host = header.get("api_host");
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return new RotationPlan(file, name, digest, (host != null) ? host.value() : null, accounts);
	}

	private PlannedAccount account(PlanLines lines, Section section, Path folder, Duration defaultTimeout) {
		Map<String, Entry> keys = single(lines, section.entries(), ACCOUNT_KEYS, "in an account");
		Entry userId = keys.get("user_id");
		if (userId == null || !UUID.matcher(userId.value()).matches()) {
			int line = (userId != null) ? userId.line() : section.line();
			throw problem(lines, line, section, "user_id must be the account's user id (a UUID)");
		}
		List<DeliveryCommand> deliver = new ArrayList<>();
		for (Entry entry : section.entries()) {
			if (entry.key().equals("deliver")) {
				deliver.add(command(lines, section, entry));
			}
		}
		String saveAs = value(keys.get("save_as"));
		Path out = path(value(keys.get("out")), folder);
		if (saveAs == null && out == null && deliver.isEmpty()) {
			throw problem(lines, section.line(), section,
					"no destination for the new pair: add save_as, out or deliver (at least one)");
		}
		return new PlannedAccount(section.name(), userId.value().toLowerCase(Locale.ROOT),
				apiId(lines, section, keys.get("api_id")), value(keys.get("expiry")), saveAs, out, deliver,
				timeout(lines, keys.get("deliver_timeout"), defaultTimeout), section.line());
	}

	/** The keys of a block, each at most once ({@code deliver} may repeat). */
	private static Map<String, Entry> single(PlanLines lines, List<Entry> entries, Set<String> known, String where) {
		Map<String, Entry> keys = new HashMap<>();
		for (Entry entry : entries) {
			if (!known.contains(entry.key())) {
				throw lines.problem(entry.line(), "unknown key '" + entry.key() + "' " + where + " (keys: "
						+ String.join(", ", known.stream().sorted().toList()) + ")");
			}
			Entry first = keys.putIfAbsent(entry.key(), entry);
			if (first != null && !entry.key().equals("deliver")) {
				throw lines.problem(entry.line(), entry.key() + " is given twice (first on line " + first.line() + ")");
			}
		}
		return keys;
	}

	private static @Nullable String apiId(PlanLines lines, Section section, @Nullable Entry entry) {
		if (entry == null || entry.value().isEmpty()) {
			return null;
		}
		if (!API_ID.matcher(entry.value()).matches()) {
			throw problem(lines, entry.line(), section,
					"api_id must be the account's api id when planned (32 hex characters), or empty; "
							+ "a plan never holds a secret");
		}
		String bare = entry.value().substring(entry.value().length() - 32);
		return bare.toLowerCase(Locale.ROOT);
	}

	private DeliveryCommand command(PlanLines lines, Section section, Entry entry) {
		try {
			return DeliveryCommand.parse(entry.value(), this.splitter);
		}
		catch (UsageException ex) {
			throw problem(lines, entry.line(), section, "deliver: " + ex.getMessage());
		}
	}

	private static Duration timeout(PlanLines lines, @Nullable Entry entry, Duration fallback) {
		if (entry == null) {
			return fallback;
		}
		try {
			return DeliveryRunner.timeout(Integer.valueOf(entry.value()), "deliver_timeout");
		}
		catch (NumberFormatException ex) {
			throw lines.problem(entry.line(), "deliver_timeout must be a whole number of seconds, 1 to 3600");
		}
		catch (UsageException ex) {
			throw lines.problem(entry.line(), ex.getMessage());
		}
	}

	/** {@code ~/} is the home folder; a relative path starts at the plan's folder. */
	private @Nullable Path path(@Nullable String given, Path folder) {
		if (given == null) {
			return null;
		}
		Path path = given.startsWith("~/") ? this.home.resolve(given.substring(2)) : folder.resolve(given);
		return path.toAbsolutePath().normalize();
	}

	private static @Nullable String value(@Nullable Entry entry) {
		return (entry == null || entry.value().isEmpty()) ? null : entry.value();
	}

	private static PlanException problem(PlanLines lines, int line, Section section, String message) {
		return lines.problem(line, section.name(), message);
	}

}
