package no.innspill.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;

/**
 * Which responses of a consultation a list, its counts, statistics and exports hold, parsed from URL query
 * parameters ({@link Params}) and turned into one SQL where-clause with bind parameters: user values are never part
 * of the SQL text. Every filter combines with every other and with the search.
 *
 * @param choices     chosen options, all of which a response must have chosen ({@code choice=q1:yes&choice=q5:green})
 * @param attachments whether the response has attached files; null for either
 * @param invitee     whether the response answers an invitee of the høringsliste; null for either
 * @param answered    an answer id the response must have answered (a choice or a text that is not blank; {@code q2}
 *                    with any of its parts), null for any — what reading by question shows by default
 * @param search      the full-text search, null for none
 */
public record ResponseFilter(List<Choice> choices, RespondentKind kind, Channel channel, Boolean late,
                             Boolean attachments, Boolean invitee, String answered, ResponseSearch search,
                             Responses.Versions versions) {

    /** One option of one question, {@code q1:yes}. */
    public record Choice(String question, String option) {

        @Override
        public String toString() {
            return question + ":" + option;
        }
    }

    /** A where-clause over {@code response r} and its bind parameters, in order. */
    public record Where(String sql, List<Object> params) {
    }

    /**
     * The filter's query parameters as a request carries them (bound by Spring MVC, for the API and the pages alike):
     * {@code choice} (repeatable), {@code kind}, {@code channel}, {@code late}, {@code attachments} and
     * {@code invitee} ({@code yes|no}), {@code answered} (an answer id), {@code q} and {@code in} (the search and its
     * question), {@code versions}.
     */
    public record Params(List<String> choice, String kind, String channel, String late, String attachments,
                         String invitee, String answered, String q, String in, String versions) {

        public static final Params NONE = new Params(null, null, null, null, null, null, null, null, null, null);

        /** @throws InvalidInputException naming each parameter with a value it does not know */
        public ResponseFilter filter() {
            return parse(this);
        }

        /** The non-blank parameters in a stable order, for links that keep the filter (a page, a sort, an export). */
        public Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            List<String> choices = choice == null ? List.of() : choice.stream().filter(c -> c != null && !c.isBlank()).toList();
            if (!choices.isEmpty()) {
                query.put("choice", choices);
            }
            put(query, "kind", kind);
            put(query, "channel", channel);
            put(query, "late", late);
            put(query, "attachments", attachments);
            put(query, "invitee", invitee);
            put(query, "answered", answered);
            put(query, "q", q);
            put(query, "in", q == null || q.isBlank() ? null : in);
            put(query, "versions", versions);
            return query;
        }

        /** {@code path} with the filter's parameters, as {@link #link(String, Map)} writes them. */
        public String link(String path) {
            return link(path, query());
        }

        /** A path with query parameters, each value percent-encoded (nothing a user typed can add a parameter). */
        public static String link(String path, Map<String, List<String>> query) {
            StringBuilder link = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, List<String>> entry : query.entrySet()) {
                for (String value : entry.getValue()) {
                    link.append(separator).append(entry.getKey()).append('=')
                            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
            return link.toString();
        }

        /** The one value of a single parameter, empty when it is not set. */
        public String value(String name) {
            List<String> values = query().get(name);
            return values == null ? "" : values.get(0);
        }

        private static void put(Map<String, List<String>> query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.put(name, List.of(value));
            }
        }
    }

    public static ResponseFilter all() {
        return new ResponseFilter(List.of(), null, null, null, null, null, null, null, Responses.Versions.LATEST);
    }

    /** One choice filter, as the list's "choice" selector sets it; blank for none. */
    public static ResponseFilter parse(String choice, String kind, String channel, String late, String versions) {
        return parse(new Params(choice == null ? null : List.of(choice), kind, channel, late, null, null, null, null, null, versions));
    }

    /** @throws InvalidInputException naming each parameter with a value it does not know */
    public static ResponseFilter parse(Params params) {
        List<FieldError> errors = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (String choice : params.choice() == null ? List.<String>of() : params.choice()) {
            if (blank(choice)) {
                continue;
            }
            int colon = choice.indexOf(':');
            if (colon <= 0 || colon == choice.length() - 1 || choice.length() > 200) {
                errors.add(FieldError.of("choice", "must be question:option, e.g. q1:yes").withCode("choice-invalid"));
            } else if (choices.stream().noneMatch(c -> c.toString().equals(choice))) {
                choices.add(new Choice(choice.substring(0, colon), choice.substring(colon + 1)));
            }
        }
        RespondentKind respondentKind = null;
        if (!blank(params.kind())) {
            respondentKind = RespondentKind.fromJson(params.kind()).orElse(null);
            if (respondentKind == null) {
                errors.add(FieldError.of("kind", "must be organisation or person").withCode("kind-unknown"));
            }
        }
        Channel shownChannel = null;
        if (!blank(params.channel())) {
            shownChannel = Channel.fromJson(params.channel()).orElse(null);
            if (shownChannel == null) {
                errors.add(FieldError.of("channel", "is not a known channel").withCode("channel-unknown"));
            }
        }
        Boolean late = yesNo("late", params.late(), errors);
        Boolean attachments = yesNo("attachments", params.attachments(), errors);
        Boolean invitee = yesNo("invitee", params.invitee(), errors);
        String answered = blank(params.answered()) ? null : params.answered().strip();
        if (answered != null && !answered.matches("[A-Za-z0-9_.-]{1,100}")) {
            errors.add(FieldError.of("answered", "is not an answer id like q2 or q2.goal3").withCode("answered-invalid"));
        }
        ResponseSearch search = null;
        try {
            search = ResponseSearch.parse(params.q(), params.in());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Responses.Versions shownVersions = Responses.Versions.LATEST;
        try {
            shownVersions = Responses.Versions.of(params.versions());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException("Unknown filter", errors);
        }
        return new ResponseFilter(List.copyOf(choices), respondentKind, shownChannel, late, attachments, invitee, answered,
                search, shownVersions);
    }

    public boolean allVersions() {
        return versions == Responses.Versions.ALL;
    }

    /** The first choice filtered on, {@code q1:yes}, or empty when none. */
    public String choice() {
        return choices.isEmpty() ? "" : choices.get(0).toString();
    }

    /** This filter with the search left out (what counts and statistics are cached for). */
    public ResponseFilter withoutSearch() {
        return new ResponseFilter(choices, kind, channel, late, attachments, invitee, answered, null, versions);
    }

    /**
     * The conditions over {@code response r}, starting with the consultation.
     *
     * @param invited the sequence numbers of the responses that answer an invitee; read only when {@link #invitee} is set
     */
    Where where(long consultationId, java.util.function.Supplier<int[]> invited) {
        StringBuilder sql = new StringBuilder("r.consultation_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(consultationId);
        if (versions != Responses.Versions.ALL) {
            sql.append(" and r.superseded_by is null");
        }
        if (!choices.isEmpty()) {
            sql.append(" and r.choice_keys @> ?::text[]");
            params.add(choices.stream().map(Choice::toString).toArray(String[]::new));
        }
        if (kind != null) {
            sql.append(" and r.respondent_kind = ?");
            params.add(kind.jsonName());
        }
        if (channel != null) {
            sql.append(" and r.channel = ?");
            params.add(channel.jsonName());
        }
        if (late != null) {
            sql.append(" and r.late = ?");
            params.add(late);
        }
        if (attachments != null) {
            sql.append(attachments ? " and " : " and not ")
                    .append("exists (select 1 from response_attachment a where a.response_id = r.id)");
        }
        if (invitee != null) {
            sql.append(invitee ? " and r.sequence_number = any(?)" : " and not (r.sequence_number = any(?))");
            params.add(invited.get());
        }
        if (answered != null) {
            sql.append(" and exists (select 1 from unnest(r.answered_keys) k where k = ? or starts_with(k, ? || '.'))");
            params.add(answered);
            params.add(answered);
        }
        if (search != null) {
            Where condition = search.condition();
            sql.append(" and ").append(condition.sql());
            params.addAll(condition.params());
        }
        return new Where(sql.toString(), List.copyOf(params));
    }

    private static Boolean yesNo(String name, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.add(FieldError.of(name, "must be yes or no").withCode(name + "-unknown"));
                yield null;
            }
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
