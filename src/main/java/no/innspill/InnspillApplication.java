package no.innspill;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import no.innspill.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InnspillApplication {

    public static void main(String[] args) {
        if (Cli.isServe(args)) {
            SpringApplication.run(InnspillApplication.class, Cli.serveArguments(args));
            return;
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.execute(args, out, err));
    }
}
