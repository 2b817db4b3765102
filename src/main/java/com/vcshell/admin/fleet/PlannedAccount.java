package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.delivery.DeliveryCommand;

/**
 * One account of a plan: who it is, the api id it had when planned, and where its new
 * pair goes.
 *
 * @param userName the account's user name (the section name)
 * @param userId its user id
 * @param apiId its api id when planned ({@code null}: it had no credentials)
 * @param expiry when that pair expires, as the plan says (informational)
 * @param saveAs a profile of the credentials file to save the new pair into
 * @param out a new credentials file to write it to (absolute)
 * @param deliver the delivery commands, run in order
 * @param deliverTimeout the time limit of each delivery command
 * @param line the line of its section header
 */
public record PlannedAccount(String userName, String userId, @Nullable String apiId, @Nullable String expiry,
		@Nullable String saveAs, @Nullable Path out, List<DeliveryCommand> deliver, Duration deliverTimeout, int line) {

	public PlannedAccount {
		deliver = List.copyOf(deliver);
	}

	/** Whether the pair has a local destination of the plan's own. */
	boolean savedLocally() {
		return this.saveAs != null || this.out != null;
	}

	/** {@code name (id)}. */
	public String label() {
		return this.userName + " (" + this.userId + ")";
	}

}
