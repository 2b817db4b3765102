package com.vcshell.shell;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.output.Renderer;
import com.vcshell.vault.AuditEntry;
import com.vcshell.vault.AuditLog;
import com.vcshell.profile.Profile;
import com.vcshell.vault.VaultException;

/**
 * Records every generate and revoke in the audit log. A log that cannot be written is
 * reported as a warning: it never undoes or hides the operation itself.
 */
@Component
class AuditTrail {

	static final String GENERATE_SELF = "generate-self";

	static final String GENERATE_USER = "generate-user";

	static final String REVOKE_SELF = "revoke-self";

	static final String REVOKE_USER = "revoke-user";

	static final String REVOKE_ID = "revoke-id";

	private final AuditLog log;

	private final Renderer renderer;

	private final Clock clock;

	AuditTrail(AuditLog log, Renderer renderer, IdentityClientSettings settings) {
		this.log = log;
		this.renderer = renderer;
		this.clock = settings.clock();
	}

	/** An entry for an operation starting now on the given profile. */
	AuditEntry begin(Profile profile, String operation) {
		return AuditEntry.begin(this.clock.instant(), profile.name(), profile.apiHost(), operation);
	}

	void record(AuditEntry entry) {
		try {
			this.log.append(entry);
		}
		catch (VaultException ex) {
			this.renderer.warning(ex.getMessage());
		}
	}

}
