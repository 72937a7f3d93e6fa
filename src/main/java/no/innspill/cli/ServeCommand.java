package no.innspill.cli;

import picocli.CommandLine.Command;

/** Listed for help only: {@code serve} is dispatched to Spring Boot before picocli sees it. */
@Command(name = "serve", description = "Start the server (the default). Spring options such as --server.port=8081 may follow.")
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalStateException("serve is started by InnspillApplication.main");
    }
}
