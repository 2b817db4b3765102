package com.vcshell.admin.fleet;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.ProgressListener;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.expiry.ExpirationService;
import com.vcshell.admin.expiry.ExpiryRow;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileManager;

/**
 * {@code rotate plan [--within <days>] [--user <user>]… [--type api] [--out <file>]}:
 * reads the tenant's API service accounts (or the users named) and their expiry through
 * {@link ExpirationService} (the accounts' credentials concurrently, by the pool of the
 * expiration report, within the rate limit), and writes a plan ({@link PlanWriter}) for
 * the admin to edit. Left out, with a comment saying why: the account the session signs
 * with ({@code generate self} rotates it), accounts without credentials (unless named),
 * and accounts that could not be read.
 */
@Component
public class RotationPlanner {

	private final ExpirationService expiry;

	private final ProfileManager profiles;

	private final ActiveProfile active;

	private final Clock clock;

	RotationPlanner(ExpirationService expiry, ProfileManager profiles, ActiveProfile active, Clock clock) {
		this.expiry = expiry;
		this.profiles = profiles;
		this.active = active;
		this.clock = clock;
	}

	/**
	 * @throws UsageException for a bad option, or an {@code --out} that exists (checked
	 * before any request)
	 */
	public PlanDraft plan(@Nullable Integer within, List<String> users, @Nullable String type, @Nullable String out,
			String command, ProgressListener progress) {
		if (type != null && !type.strip().toLowerCase(Locale.ROOT).equals("api")) {
			throw new UsageException("--type: only API service accounts have credentials to rotate: --type api");
		}
		if (within != null && within < 0) {
			throw new UsageException("--within needs a number of days, 0 or more");
		}
		Path file = (out != null && !out.isBlank()) ? Path.of(out.strip()).toAbsolutePath() : null;
		if (file != null && Files.exists(file)) {
			throw new UsageException(
					"--out " + file + " already exists; a plan is never overwritten: choose a new file");
		}
		Profile profile = this.active.require();
		List<ExpiryRow> planned = new ArrayList<>();
		List<String> left = new ArrayList<>();
		for (ExpiryRow row : rows(within, users, progress)) {
			sort(row, profile, !users.isEmpty(), planned, left);
		}
		String text = PlanWriter.render(command, profile, this.clock.instant(), planned,
				new HashSet<>(this.profiles.names()), left);
		if (file != null) {
			write(file, text);
		}
		return new PlanDraft(text, planned.size(), file);
	}

	private List<ExpiryRow> rows(@Nullable Integer within, List<String> users, ProgressListener progress) {
		if (users.isEmpty()) {
			return this.expiry.report(within, false, progress).rows();
		}
		return this.expiry.users(users, false, progress)
			.stream()
			.filter((row) -> within == null || row.daysLeft() == null || row.daysLeft() <= within)
			.toList();
	}

	private static void sort(ExpiryRow row, Profile profile, boolean named, List<ExpiryRow> planned,
			List<String> left) {
		if (row.apiId() != null && Arguments.isSessionKey(row.apiId(), profile)) {
			left.add(row.userName() + ": the account profile [" + profile.name()
					+ "] signs with; rotate it with 'generate self'");
		}
		else if ("error".equals(row.status())) {
			left.add(row.userName() + ": could not be read (" + row.error() + ")");
		}
		else if ("none".equals(row.status()) && !named) {
			left.add(row.userName() + ": has no credentials (name it with --user to give it its first pair)");
		}
		else {
			planned.add(row);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException ex) {
			throw new UsageException("--out " + file + " already exists; a plan is never overwritten");
		}
		catch (IOException ex) {
			throw new UsageException(
					"could not write the plan " + file + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage());
		}
	}

}
