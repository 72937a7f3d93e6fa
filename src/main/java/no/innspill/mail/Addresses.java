package no.innspill.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;

/** E-mail addresses, parsed strictly, with the domain in the ASCII form SMTP needs (bærum.no → xn--brum-voa.no). */
final class Addresses {

    static final int MAX_LENGTH = 320;

    private Addresses() {
    }

    /**
     * One address, {@code kari@example.no} or {@code Kari Nordmann <kari@example.no>}, ready to send;
     * {@link IllegalArgumentException} naming {@code field} when it is not one valid address.
     */
    static InternetAddress parse(String field, String value) {
        Checks.requireLine(field, value, MAX_LENGTH);
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(value.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(field + " is not one valid e-mail address: " + e.getMessage());
        }
        String address = parsed.getAddress();
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        Checks.require(StandardCharsets.US_ASCII.newEncoder().canEncode(local),
                field + " has letters outside ASCII before the @, which mail servers do not generally accept");
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " has an invalid domain after the @");
        }
        Checks.require(domain.indexOf('.') > 0, field + " must have a full domain after the @, like example.no");
        try {
            return new InternetAddress(local + "@" + domain, parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
