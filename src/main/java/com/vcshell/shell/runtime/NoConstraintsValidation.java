package com.vcshell.shell.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.validation.Configuration;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.BootstrapState;
import jakarta.validation.spi.ConfigurationState;
import jakarta.validation.spi.ValidationProvider;

/**
 * The Bean Validation provider of vcshell (registered in
 * {@code META-INF/services/jakarta.validation.spi.ValidationProvider}): its validator
 * finds no violation, because vcshell's commands declare no constraints (an architecture
 * test keeps it so).
 * <p>
 * Workaround: Spring Shell 4.0.1 builds a Bean Validation factory in the static
 * initialiser of its {@code Utils} class, which it loads for every omitted primitive
 * option, for the {@code quit} entry of completion and for its default validator. With
 * Hibernate Validator that costs about 500 classes and half a second per start, although
 * nothing is validated; so Hibernate Validator is excluded from the build and this
 * provider answers instead. Spring Shell asks the factory only for its validator; every
 * other configuration or factory method returns the configuration itself or {@code null}.
 * Delete when a Spring Shell release builds its validator lazily (4.0.3 still does not).
 */
public final class NoConstraintsValidation implements ValidationProvider<NoConstraintsValidation.NoConfiguration> {

	private static final Validator VALIDATOR = new NoConstraintsValidator();

	@Override
	public NoConfiguration createSpecializedConfiguration(BootstrapState state) {
		return configuration();
	}

	@Override
	public Configuration<?> createGenericConfiguration(BootstrapState state) {
		return configuration();
	}

	@Override
	public ValidatorFactory buildValidatorFactory(ConfigurationState state) {
		return factory();
	}

	private static NoConfiguration configuration() {
		return proxy(NoConfiguration.class, (method) -> switch (method.getName()) {
			case "buildValidatorFactory" -> factory();
			default -> (method.getReturnType().isAssignableFrom(NoConfiguration.class)) ? configuration() : null;
		});
	}

	private static ValidatorFactory factory() {
		return proxy(ValidatorFactory.class, (method) -> switch (method.getName()) {
			case "getValidator" -> VALIDATOR;
			case "unwrap" -> throw new ValidationException("vcshell's validator factory cannot be unwrapped");
			default -> null;
		});
	}

	private static <T> T proxy(Class<T> type, Answer answer) {
		Object proxy = Proxy.newProxyInstance(NoConstraintsValidation.class.getClassLoader(), new Class<?>[] { type },
				(self, method, args) -> switch (method.getName()) {
					case "toString" -> "NoConstraintsValidation " + type.getSimpleName();
					case "hashCode" -> System.identityHashCode(self);
					case "equals" -> self == args[0];
					default -> answer.to(method);
				});
		return type.cast(proxy);
	}

	/** What a proxy answers to a call of one of its interface's methods. */
	@FunctionalInterface
	private interface Answer {

		Object to(Method method);

	}

	/** The configuration type of this provider. */
	public interface NoConfiguration extends Configuration<NoConfiguration> {

	}

}
