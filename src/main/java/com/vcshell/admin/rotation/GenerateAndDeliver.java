package com.vcshell.admin.rotation;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Confirmer;
import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.delivery.CommandSplitter;
import com.vcshell.admin.delivery.DeliveryCommand;
import com.vcshell.admin.delivery.DeliveryPair;
import com.vcshell.admin.delivery.DeliveryResult;
import com.vcshell.admin.delivery.DeliveryRunner;
import com.vcshell.admin.delivery.KeptCopies;

/**
 * {@code generate user <user> --deliver '<command>'}: {@link CredentialRotation} as
 * always, then the delivery (design §8). The command is checked before anything is sent;
 * it runs only once the pair is in a file: where {@code --save-as}/{@code --out} asked, a
 * rescue file, or, with neither given, a kept copy under {@code ~/.vcshell/delivered/}
 * ({@link KeptCopies}). A delivery command never holds the only copy.
 */
@Component
public class GenerateAndDeliver {

	private final CredentialRotation rotation;

	private final DeliveryRunner runner;

	private final CommandSplitter splitter;

	private final KeptCopies kept;

	GenerateAndDeliver(CredentialRotation rotation, DeliveryRunner runner, CommandSplitter splitter, KeptCopies kept) {
		this.rotation = rotation;
		this.runner = runner;
		this.splitter = splitter;
		this.kept = kept;
	}

	/**
	 * Generates, saves, then delivers.
	 * @param timeoutSeconds {@code --deliver-timeout}; {@code null}: 60 s
	 * @throws UsageException for a bad command or time limit (nothing sent), and as
	 * {@link CredentialRotation#generateUser} does
	 */
	public DeliveredRotation generateUser(String user, GenerateRequest request, String deliver,
			@Nullable Integer timeoutSeconds, Confirmer confirmer, DestinationChooser chooser) {
		DeliveryCommand command = DeliveryCommand.parse(deliver, this.splitter);
		Duration timeout = DeliveryRunner.timeout(timeoutSeconds, "--deliver-timeout");
		GenerateRequest local = request;
		if (request.saveAs() == null && request.out() == null && !request.dryRun()) {
			local = new GenerateRequest(request.yes(), request.reveal(), null,
					this.kept.newFile(user.strip()).toString(), false);
		}
		RotationResult result = this.rotation.generateUser(user, local, confirmer, chooser);
		if (result.dryRun() || result.apiId() == null || result.secret() == null
				|| (result.savedTo().isEmpty() && result.rescueFile() == null)) {
			return new DeliveredRotation(result, null);
		}
		DeliveryResult delivery = this.runner.run(command, new DeliveryPair(result.apiId(), result.secret()), timeout,
				null, Map.of());
		return new DeliveredRotation(result, delivery);
	}

}
