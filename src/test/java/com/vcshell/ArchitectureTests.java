package com.vcshell;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.annotation.Command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package map of design §9 and the coding rules of style rule 12, checked on main
 * code: {@code cli → shell → admin → identity/profile/vault → auth}, {@code shell →
 * shell.runtime}, {@code emulator} only for {@code cli}.
 */
class ArchitectureTests {

	private static final String SPRING_SHELL = "org.springframework.shell..";

	private static final String JLINE = "org.jline..";

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.vcshell");
	}

	@Test
	void theUseCasesKnowNoUserInterface() {
		noClasses().that()
			.resideInAPackage("com.vcshell.admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(SPRING_SHELL, JLINE, "com.vcshell.shell..", "com.vcshell.output..", "com.vcshell.cli..")
			.because("use cases run in loops, tests and other commands without a terminal: they talk through ports")
			.check(classes);
	}

	@Test
	void theVaultKnowsOnlyFiles() {
		noClasses().that()
			.resideInAPackage("com.vcshell.vault..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.profile..", "com.vcshell.identity..", "com.vcshell.admin..",
					"com.vcshell.shell..", "com.vcshell.cli..", "com.vcshell.output..", "com.vcshell.emulator..")
			.check(classes);
	}

	@Test
	void theShellRuntimeKnowsNoUseCases() {
		noClasses().that()
			.resideInAPackage("com.vcshell.shell.runtime..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.admin..", "com.vcshell.identity..", "com.vcshell.profile..",
					"com.vcshell.cli..")
			.because("the Spring Shell workarounds are generic: delete them when Spring Shell is fixed")
			.check(classes);
	}

	@Test
	void theShellDoesNotDependOnTheCommandLine() {
		noClasses().that()
			.resideInAPackage("com.vcshell.shell..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vcshell.cli..")
			.check(classes);
	}

	@Test
	void onlyTheCommandLineStartsTheEmulator() {
		noClasses().that()
			.resideOutsideOfPackages("com.vcshell.cli..", "com.vcshell.emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vcshell.emulator..")
			.check(classes);
	}

	@Test
	void shellDoesNoHttpNorCryptography() {
		noClasses().that()
			.resideInAPackage("com.vcshell.shell..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.client..", "org.springframework.http.client..",
					"javax.crypto..")
			.check(classes);
	}

	@Test
	void authAndIdentityKnowNothingOfTheUserInterface() {
		noClasses().that()
			.resideInAnyPackage("com.vcshell.auth..", "com.vcshell.identity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.shell..", "com.vcshell.cli..", "com.vcshell.output..",
					"com.vcshell.admin..", SPRING_SHELL, JLINE)
			.check(classes);
	}

	@Test
	void authDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("com.vcshell.auth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.profile..", "com.vcshell.identity..", "com.vcshell.vault..",
					"com.vcshell.emulator..")
			.check(classes);
	}

	@Test
	void identityDependsOnlyOnAuth() {
		noClasses().that()
			.resideInAPackage("com.vcshell.identity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.profile..", "com.vcshell.vault..", "com.vcshell.emulator..")
			.check(classes);
	}

	@Test
	void profileKnowsNoApiNorUserInterface() {
		noClasses().that()
			.resideInAPackage("com.vcshell.profile..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.identity..", "com.vcshell.admin..", "com.vcshell.shell..",
					"com.vcshell.cli..", "com.vcshell.output..", "com.vcshell.emulator..", SPRING_SHELL, JLINE)
			.check(classes);
	}

	@Test
	void emulatorDependsOnlyOnAuthAndTheVault() {
		noClasses().that()
			.resideInAPackage("com.vcshell.emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.profile..", "com.vcshell.identity..", "com.vcshell.admin..",
					"com.vcshell.shell..", "com.vcshell.cli..", "com.vcshell.output..")
			.check(classes);
	}

	@Test
	void outputDependsOnNoFeatureButAuth() {
		noClasses().that()
			.resideInAPackage("com.vcshell.output..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vcshell.profile..", "com.vcshell.identity..", "com.vcshell.vault..",
					"com.vcshell.admin..", "com.vcshell.shell..", "com.vcshell.cli..", "com.vcshell.emulator..")
			.because("output may mask with auth.Masking, the one masking function, and nothing more")
			.check(classes);
	}

	/**
	 * Every package is a slice: shell and shell.runtime, admin and admin.rotation too.
	 */
	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("com.vcshell.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void commandsLeaveTheirFailuresToTheOneMappingSite() {
		methods().that()
			.areAnnotatedWith(Command.class)
			.should(nameNoExitStatusExceptionMapper())
			.because("a mapper attached to a command turns the exception into a status before the runner, and "
					+ "so --debug, can see it; cli.ExitMapper maps every failure")
			.check(classes);
	}

	@Test
	void onlyStreamsTouchesStandardOutAndErr() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("com.vcshell.output.Streams")
			.should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.because("results go through the command's writer and diagnostics through output.Streams")
			.check(classes);
	}

	@Test
	void onlyTheEntryPointReadsTheEnvironment() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(VcshellApplication.class.getName())
			.should()
			.callMethod(System.class, "getenv")
			.orShould()
			.callMethod(System.class, "getenv", String.class)
			.because("environment variables reach the code as an injected profile.UserEnvironment")
			.check(classes);
	}

	@Test
	void noBeanValidationConstraints() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("jakarta.validation.constraints..")
			.because("Spring Shell checks command parameters with shell.runtime.NoConstraintsValidation, "
					+ "which finds no violation: a constraint would silently go unchecked")
			.check(classes);
	}

	@Test
	void caseConversionAlwaysNamesTheLocale() {
		noClasses().should()
			.callMethod(String.class, "toLowerCase")
			.orShould()
			.callMethod(String.class, "toUpperCase")
			.because("hex and header casing must not depend on the locale: use Locale.ROOT")
			.check(classes);
	}

	@Test
	void theRulesSeeEveryPackage() {
		assertThat(classes.stream().map(JavaClass::getPackageName).distinct()).contains("com.vcshell",
				"com.vcshell.cli", "com.vcshell.shell", "com.vcshell.shell.runtime", "com.vcshell.admin",
				"com.vcshell.admin.rotation", "com.vcshell.admin.revocation", "com.vcshell.admin.expiry",
				"com.vcshell.admin.check", "com.vcshell.admin.users", "com.vcshell.admin.fleet",
				"com.vcshell.admin.delivery", "com.vcshell.auth", "com.vcshell.identity", "com.vcshell.profile",
				"com.vcshell.vault", "com.vcshell.output", "com.vcshell.emulator");
	}

	private static ArchCondition<JavaMethod> nameNoExitStatusExceptionMapper() {
		return new ArchCondition<>("name no exitStatusExceptionMapper") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				String mapper = method.getAnnotationOfType(Command.class).exitStatusExceptionMapper();
				boolean named = !mapper.isEmpty();
				events.add(new SimpleConditionEvent(method, !named,
						method.getFullName() + " names exitStatusExceptionMapper '" + mapper + "'"));
			}

		};
	}

}
