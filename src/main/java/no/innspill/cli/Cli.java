package no.innspill.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parses the command line; everything but {@code serve} runs here without starting Spring. */
@Command(name = "innspill", mixinStandardHelpOptions = true, version = "Innspill 0.1",
        description = "Public consultations: forms, responses, case documents.",
        subcommands = {ServeCommand.class, ValidateFormCommand.class, ExtractCommand.class, AnalyseCommand.class},
        footer = "%nWithout a command, Innspill starts the server (the same as 'serve').")
public final class Cli {

    /** True when these arguments start the server: no command, 'serve', or only Spring options. */
    public static boolean isServe(String[] args) {
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("--") && !isHelpOrVersion(args[0]);
    }

    /** The arguments for Spring Boot, without the 'serve' command word. */
    public static String[] serveArguments(String[] args) {
        return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }
}
