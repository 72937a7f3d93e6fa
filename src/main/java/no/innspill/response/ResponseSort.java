package no.innspill.response;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;

/**
 * The order of a response list, kept by keyset pagination: the sort column with the sequence number as tie-breaker,
 * so a page starts after (or ends before) the row a cursor names, whatever was registered meanwhile.
 */
public record ResponseSort(Key key, boolean descending) {

    /**
     * What a list can be sorted by: the document number (default), received time, respondent, kind, channel, and with
     * a search its rank ({@code relevance}, best first by default).
     */
    public enum Key {
        NUMBER("number", null), RECEIVED("received", "r.received_at"), NAME("name", "r.respondent_name"),
        KIND("kind", "r.respondent_kind"), CHANNEL("channel", "r.channel"), RELEVANCE("relevance", "r.rank");

        private final String param;
        private final String column;

        Key(String param, String column) {
            this.param = param;
            this.column = column;
        }

        public String param() {
            return param;
        }
    }

    public static final ResponseSort DEFAULT = new ResponseSort(Key.NUMBER, false);

    /**
     * {@code sort=number|received|name|kind|channel|relevance} and {@code order=asc|desc}; blank is the default
     * (ascending, but descending — best first — for relevance).
     *
     * @throws InvalidInputException naming {@code sort} or {@code order} for any other value
     */
    public static ResponseSort parse(String sort, String order) {
        Key key = Key.NUMBER;
        if (sort != null && !sort.isBlank()) {
            key = java.util.Arrays.stream(Key.values()).filter(k -> k.param.equals(sort)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("Unknown sort", List.of(FieldError.of("sort",
                            "must be number, received, name, kind, channel or relevance").withCode("sort-unknown"))));
        }
        boolean descending = key == Key.RELEVANCE;
        if (order != null && !order.isBlank()) {
            if (!order.equals("asc") && !order.equals("desc")) {
                throw new InvalidParameterException("Unknown order", List.of(FieldError.of("order", "must be asc or desc")
                        .withCode("order-unknown")));
            }
            descending = order.equals("desc");
        }
        return new ResponseSort(key, descending);
    }

    public String order() {
        return descending ? "desc" : "asc";
    }

    /** The order by clause; reversed to read the page before a cursor. */
    String orderBy(boolean reversed) {
        String direction = descending != reversed ? " desc" : "";
        return key.column == null ? "r.sequence_number" + direction
                : key.column + direction + ", r.sequence_number" + direction;
    }

    /** The keyset condition of rows after (or, reversed, before) the cursor's row, and its parameters. */
    ResponseFilter.Where after(Cursor cursor, boolean reversed) {
        String comparison = descending != reversed ? "<" : ">";
        if (key.column == null) {
            return new ResponseFilter.Where("r.sequence_number " + comparison + " ?", List.of(cursor.sequence()));
        }
        Object value = switch (key) {
            case RECEIVED -> Timestamp.from(Instant.parse(cursor.value()));
            case RELEVANCE -> cursor.value(); // as text, cast to real in SQL: the same float as the row's rank, bit for bit
            default -> cursor.value();
        };
        String placeholder = key == Key.RELEVANCE ? "?::real" : "?";
        return new ResponseFilter.Where("(" + key.column + ", r.sequence_number) " + comparison + " (" + placeholder + ", ?)",
                List.of(value, cursor.sequence()));
    }

    /** The sort value of a row, as a cursor keeps it. */
    String valueOf(ResponseRepository.Listed listed) {
        StoredResponse response = listed.response();
        return switch (key) {
            case RELEVANCE -> Float.toString(listed.rank());
            case NUMBER -> "";
            case RECEIVED -> response.receivedAt().toString();
            case NAME -> response.respondent().name();
            case KIND -> response.respondent().kind().jsonName();
            case CHANNEL -> response.channel().jsonName();
        };
    }

    /**
     * A position in a list: the row's sort value and sequence number, and whether the page wanted is the one after it
     * or before it. Opaque to clients (base64url); tied to the sort it was made for.
     */
    public record Cursor(Key key, boolean backwards, String value, int sequence) {

        public String encode() {
            String plain = key.param + "\n" + (backwards ? "b" : "a") + "\n" + sequence + "\n" + value;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * @throws InvalidInputException naming {@code cursor} when it is not one this list made, or made for another sort
         */
        public static Cursor decode(String text, ResponseSort sort) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 4);
                if (parts.length == 4 && parts[0].equals(sort.key.param) && (parts[1].equals("a") || parts[1].equals("b"))) {
                    if (sort.key == Key.RECEIVED) {
                        Instant.parse(parts[3]);
                    }
                    if (sort.key == Key.RELEVANCE && !Float.isFinite(Float.parseFloat(parts[3]))) {
                        throw new IllegalArgumentException("rank " + parts[3]);
                    }
                    return new Cursor(sort.key, parts[1].equals("b"), parts[3], Integer.parseInt(parts[2]));
                }
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // falls through to the error below
            }
            throw new InvalidParameterException("Invalid cursor", List.of(FieldError.of("cursor",
                    "is not a cursor of this list and sort; start again without it").withCode("cursor-invalid")));
        }
    }

    /** One page: its responses in order, and the cursors of the pages after and before it (null when none). */
    public record Page(List<StoredResponse> responses, String next, String previous) {
    }
}
