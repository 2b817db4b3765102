package com.vcshell.shell.runtime;

import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How Spring Shell's own beans are used. */
@Configuration(proxyBeanMethods = false)
class RuntimeConfiguration {

	/**
	 * JLine's terminal and line reader are built only when the interactive shell or a
	 * question at a terminal needs them: pipes, scripts and CI start faster without them.
	 */
	@Bean
	static BeanFactoryPostProcessor lazyTerminal() {
		return (beanFactory) -> Stream.of("terminal", "lineReader", "inputProvider", "jlineShellRunner")
			.filter(beanFactory::containsBeanDefinition)
			.forEach((name) -> beanFactory.getBeanDefinition(name).setLazyInit(true));
	}

}
