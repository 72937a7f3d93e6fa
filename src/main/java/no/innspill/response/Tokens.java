package no.innspill.response;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for receipt and draft links: 256 random bits, URL-safe. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap check before a database lookup: our tokens (and V4's for older rows) are 32–64 URL-safe characters. */
    public static boolean looksValid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{32,64}");
    }
}
