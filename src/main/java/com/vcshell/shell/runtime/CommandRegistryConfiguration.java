package com.vcshell.shell.runtime;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

/**
 * The command registry, built from the beans of the context: every {@code Command} bean,
 * and every {@code @Command} method of any bean whose type is not Spring Boot's own (as
 * Spring Shell 4.0.3 does). The positional arguments of each {@code @Command} method are
 * kept too, for {@code help} and for the parser, which refuses extra arguments.
 * <p>
 * Workaround: Spring Shell 4.0.1's registry looks up the one
 * {@code @SpringBootApplication} bean (vcshell's application class is a
 * {@code @SpringBootConfiguration} that imports only the auto-configuration it uses, so
 * the lookup fails) and scans its package on the class path a second time
 * (spring-shell#1229, fixed in 4.0.2); its commands keep no positional arguments, so help
 * cannot show them (spring-shell#1344, fixed in 4.0.3). Delete when Spring Shell ≥ 4.0.3
 * can be used.
 */
@Configuration(proxyBeanMethods = false)
class CommandRegistryConfiguration {

	@Bean
	CommandRegistry commandRegistry(ApplicationContext context, CommandArguments arguments) {
		CommandRegistry registry = new CommandRegistry();
		context.getBeansOfType(Command.class).values().forEach((command) -> {
			registry.registerCommand(command);
			builtInArguments(command, arguments);
		});
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name, false);
			if (type != null && !type.getName().startsWith("org.springframework.boot")) {
				annotatedCommands(type).forEach(method -> {
					Command command = command(method, context);
					registry.registerCommand(command);
					arguments.register(command.getName(), method);
				});
			}
		}
		Quit quit = new Quit();
		registry.registerCommand(quit);
		builtInArguments(quit, arguments);
		return registry;
	}

	/** {@code help} takes the words of a command; the other built-in commands none. */
	private static void builtInArguments(Command command, CommandArguments arguments) {
		if (command instanceof HelpCommand) {
			arguments.registerAnyNumber(command.getName(),
					new CommandArguments.Positional(0, "<command>", "the command to show (omit to list them all)"));
		}
		else {
			arguments.registerWithoutArguments(command.getName());
		}
	}

	@Bean
	CommandArguments commandArguments() {
		return new CommandArguments();
	}

	private static List<Method> annotatedCommands(Class<?> type) {
		return List.copyOf(MethodIntrospector.selectMethods(type, (Method method) -> AnnotatedElementUtils
			.hasAnnotation(method, org.springframework.shell.core.command.annotation.Command.class)));
	}

	/** The command Spring Shell's own registry would build for the method. */
	private static Command command(Method method, ApplicationContext context) {
		CommandFactoryBean factory = new CommandFactoryBean(method);
		factory.setApplicationContext(context);
		return factory.getObject();
	}

	/** {@code quit}/{@code exit}: the loops leave on these words; listed for help. */
	static final class Quit extends AbstractCommand {

		Quit() {
			super("quit", "Leave the shell (or press Ctrl-D)", "Built-In Commands");
			setAliases(List.of("exit"));
		}

		/**
		 * The script runner and the interactive loop stop at the word before running it;
		 * a one-shot {@code vcshell exit} has nothing to leave and succeeds.
		 */
		@Override
		public ExitStatus doExecute(CommandContext commandContext) {
			return ExitStatus.OK;
		}

	}

}
