package example.commands;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;

/** Commands of a bean outside vcshell's packages, as a plug-in would declare them. */
public class OtherPackageCommands {

	@Command(name = { "hello", "other" }, description = "Greets from another package", group = "Other")
	public String hello(@Argument(index = 0, description = "whom to greet") String whom) {
		return "hello " + whom;
	}

}
