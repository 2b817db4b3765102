package com.vcshell.shell.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;

/**
 * The {@link Validator} of {@link NoConstraintsValidation}, which Spring Shell checks
 * command parameters with: vcshell's commands declare no Bean Validation constraints, so
 * it finds no violation.
 */
final class NoConstraintsValidator implements Validator, ExecutableValidator {

	@Override
	public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
		return Set.of();
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
		return Set.of();
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
			Class<?>... groups) {
		return Set.of();
	}

	@Override
	public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
		throw new ValidationException("vcshell declares no constraints");
	}

	@Override
	public <T> T unwrap(Class<T> type) {
		throw new ValidationException("cannot unwrap to " + type.getName());
	}

	@Override
	public ExecutableValidator forExecutables() {
		return this;
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
			Class<?>... groups) {
		return Set.of();
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
			Class<?>... groups) {
		return Set.of();
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
			Object[] parameterValues, Class<?>... groups) {
		return Set.of();
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
			T createdObject, Class<?>... groups) {
		return Set.of();
	}

}
