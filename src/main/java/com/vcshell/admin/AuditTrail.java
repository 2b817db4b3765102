package com.vcshell.admin;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.vcshell.profile.Profile;
import com.vcshell.vault.AuditEntry;
import com.vcshell.vault.AuditLog;
import com.vcshell.vault.VaultException;

/**
 * Records every generate and revoke in the audit log. A log that cannot be written is
 * reported as a warning: it never undoes or hides the operation itself.
 */
@Component
public class AuditTrail {

	public static final String GENERATE_SELF = "generate-self";

	public static final String GENERATE_USER = "generate-user";

	public static final String REVOKE_SELF = "revoke-self";

	public static final String REVOKE_USER = "revoke-user";

	public static final String REVOKE_ID = "revoke-id";

	private final AuditLog log;

	private final Warnings warnings;

	private final Clock clock;

	public AuditTrail(AuditLog log, Warnings warnings, Clock clock) {
		this.log = log;
		this.warnings = warnings;
		this.clock = clock;
	}

	/** An entry for an operation starting now on the given profile. */
	public AuditEntry begin(Profile profile, String operation) {
		return AuditEntry.begin(this.clock.instant(), profile.name(), profile.apiHost(), operation);
	}

	public void record(AuditEntry entry) {
		try {
			this.log.append(entry);
		}
		catch (VaultException ex) {
			this.warnings.warn(ex.getMessage());
		}
	}

}
