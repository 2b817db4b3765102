package com.vcshell.shell.runtime;

import java.util.List;

import example.commands.OtherPackageCommands;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry takes the commands of every bean, whatever its package. */
class CommandRegistryConfigurationTests {

	@Test
	void registersCommandsOfABeanInAnotherPackageWithTheirArguments() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(CommandRegistryConfiguration.class, OtherPackageCommands.class);
			context.refresh();

			Command hello = context.getBean(CommandRegistry.class).getCommandByName("hello other");

			assertThat(hello).isNotNull();
			assertThat(hello.getDescription()).isEqualTo("Greets from another package");
			assertThat(context.getBean(CommandArguments.class).of("hello other"))
				.containsExactly(new CommandArguments.Positional(0, "<whom>", "whom to greet"));
			assertThat(context.getBean(CommandRegistry.class).getCommandByName("exit")).isNotNull();
		}
	}

	@Test
	void placeholdersAreTheParameterNamesInDashes() {
		assertThat(List.of("user", "apiId", "file")).map(CommandArguments::placeholder)
			.containsExactly("<user>", "<api-id>", "<file>");
	}

}
