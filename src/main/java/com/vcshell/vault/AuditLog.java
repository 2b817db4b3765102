package com.vcshell.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code ~/.vcshell/audit.log}: one JSON line per credential operation (design §4), mode
 * 0600 in a folder of mode 0700, appended under an exclusive file lock so concurrent
 * sessions never interleave lines. Never a secret: {@link AuditEntry} has no field for
 * one.
 */
@Component
public class AuditLog {

	static final String FILE_NAME = "audit.log";

	private final VcshellHome home;

	public AuditLog(VcshellHome home) {
		this.home = home;
	}

	/** The log file (it may not exist yet). */
	public Path file() {
		return this.home.resolve(FILE_NAME);
	}

	/**
	 * Appends one line.
	 * @throws VaultException when the log cannot be written
	 */
	public synchronized void append(AuditEntry entry) {
		Path file = file();
		try {
			OwnerOnlyFiles.folder(file.getParent());
			try (FileChannel channel = FileChannel.open(file,
					Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
					OwnerOnlyFiles.fileAttributes()); FileLock lock = channel.lock()) {
				OwnerOnlyFiles.restrict(file);
				OwnerOnlyFiles.write(channel, line(entry) + "\n");
				channel.force(false);
			}
		}
		catch (IOException ex) {
			throw new VaultException("could not write the audit log " + file + ": " + NewCredentialsFiles.reason(ex),
					ex);
		}
	}

	/** The JSON line of an entry. */
	static String line(AuditEntry entry) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("time", entry.time().toString());
		fields.put("profile", entry.profile());
		fields.put("host", entry.host());
		fields.put("operation", entry.operation());
		if (entry.targetUserName() != null || entry.targetUserId() != null) {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("name", entry.targetUserName());
			target.put("id", entry.targetUserId());
			fields.put("target_user", target);
		}
		else {
			fields.put("target_user", null);
		}
		fields.put("api_id", entry.apiId());
		fields.put("expiry", (entry.expiry() != null) ? entry.expiry().toString() : null);
		fields.put("outcome", entry.outcome());
		return Json.MAPPER.writeValueAsString(fields);
	}

	/** Built on the first entry, not at start-up: Jackson is about 460 classes. */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

	}

}
