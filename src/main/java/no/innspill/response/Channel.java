package no.innspill.response;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a response reached the consulting body. */
public enum Channel {
    WEB, API, EMAIL, PAPER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Channel> fromJson(String name) {
        return Arrays.stream(values()).filter(channel -> channel.jsonName().equals(name)).findFirst();
    }
}
