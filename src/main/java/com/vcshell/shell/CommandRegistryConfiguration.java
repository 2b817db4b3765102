package com.vcshell.shell;

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
import org.springframework.util.ClassUtils;

/**
 * The command registry, built from the beans already in the context. Replaces Spring
 * Shell 4.0.1's, which scans the class path a second time and, by touching its
 * {@code Utils} class, boots Hibernate Validator on every start (about half a second on
 * two cores) although no command declares a constraint.
 */
@Configuration(proxyBeanMethods = false)
class CommandRegistryConfiguration {

	private static final String PACKAGE = "com.vcshell.";

	@Bean
	CommandRegistry commandRegistry(ApplicationContext context) {
		CommandRegistry registry = new CommandRegistry();
		context.getBeansOfType(Command.class).values().forEach(registry::registerCommand);
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name, false);
			if (type != null && type.getName().startsWith(PACKAGE)) {
				annotatedCommands(ClassUtils.getUserClass(type))
					.forEach(method -> registry.registerCommand(command(method, context)));
			}
		}
		registry.registerCommand(new Quit());
		return registry;
	}

	private static List<Method> annotatedCommands(Class<?> type) {
		return List.copyOf(MethodIntrospector.selectMethods(type, (Method method) -> AnnotatedElementUtils
			.hasAnnotation(method, org.springframework.shell.core.command.annotation.Command.class)));
	}

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

		@Override
		public ExitStatus doExecute(CommandContext commandContext) {
			return ExitStatus.OK;
		}

	}

}
