package com.vcshell.shell;

import java.util.concurrent.CancellationException;

import org.springframework.stereotype.Component;

import com.vcshell.admin.CriticalSection;
import com.vcshell.admin.UsageException;
import com.vcshell.shell.runtime.CriticalSections;

/**
 * The use cases' {@link CriticalSection} in the shell: Ctrl-C and termination signals are
 * held back while it is open ({@link CriticalSections}).
 */
@Component
class SignalSafeSection implements CriticalSection {

	private final CriticalSections sections;

	SignalSafeSection(CriticalSections sections) {
		this.sections = sections;
	}

	@Override
	public Open enter(String finishing) {
		try {
			return this.sections.open(finishing)::close;
		}
		catch (CancellationException ex) {
			throw new UsageException("cancelled before the request was sent: nothing was generated");
		}
	}

}
