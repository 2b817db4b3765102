package com.vcshell;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency and coding rules of design §8 and style rule 12, checked on main code.
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.vcshell");
	}

	@Test
	void shellDoesNoHttpNorCryptography() {
		noClasses().that()
			.resideInAPackage("..shell..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.client..", "org.springframework.http.client..",
					"javax.crypto..")
			.check(classes);
	}

	@Test
	void authAndIdentityKnowNothingOfTheShell() {
		noClasses().that()
			.resideInAnyPackage("..auth..", "..identity..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..shell..")
			.check(classes);
	}

	@Test
	void authDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("..auth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..profile..", "..identity..", "..shell..", "..output..", "..emulator..")
			.check(classes);
	}

	@Test
	void identityDependsOnlyOnAuth() {
		noClasses().that()
			.resideInAPackage("..identity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..profile..", "..output..", "..emulator..")
			.check(classes);
	}

	@Test
	void emulatorDependsOnlyOnAuth() {
		noClasses().that()
			.resideInAPackage("..emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..profile..", "..identity..", "..shell..", "..output..")
			.check(classes);
	}

	@Test
	void outputDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("..output..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..auth..", "..profile..", "..identity..", "..shell..", "..emulator..")
			.check(classes);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("com.vcshell.(*)..").should().beFreeOfCycles().check(classes);
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
			.because("command parameters are checked by shell.NoConstraintsValidator, which enforces nothing")
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
	void theRulesSeeEveryFeature() {
		assertThat(classes.stream().map(JavaClass::getPackageName).distinct()).contains("com.vcshell.auth",
				"com.vcshell.shell", "com.vcshell.profile", "com.vcshell.identity", "com.vcshell.output");
	}

}
