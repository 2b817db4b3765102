package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.delivery.DeliveryPair;

/**
 * A new pair and where it is on this machine: what deliveries and the check with the new
 * key work from. Its {@code toString} masks the secret (through the pair's).
 *
 * @param pair the new pair
 * @param saved whether it was saved everywhere the plan says
 * @param savedTo where it was saved, as people read it
 * @param file the new file it was written to (the plan's {@code out}, or a kept copy)
 * @param rescueFile the rescue file, when a save failed
 * @param problem why it is not everywhere the plan says
 */
record LocalCopy(DeliveryPair pair, boolean saved, List<String> savedTo, @Nullable Path file, @Nullable Path rescueFile,
		@Nullable String problem) {

	LocalCopy {
		savedTo = List.copyOf(savedTo);
	}

	/** Whether some file holds it (else it was only shown on stderr). */
	boolean inAFile() {
		return !this.savedTo.isEmpty() || this.rescueFile != null;
	}

}
