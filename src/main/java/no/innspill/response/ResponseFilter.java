package no.innspill.response;

import java.util.ArrayList;
import java.util.List;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;

/**
 * Which responses of a consultation a list (and later its count, search and exports) holds, parsed from URL query
 * parameters and turned into one SQL where-clause with bind parameters: user values are never part of the SQL text.
 * Search ({@code q=}) and further filters are meant to become more conditions in {@link #where}.
 */
public record ResponseFilter(String choiceQuestion, String choiceOption, RespondentKind kind, Channel channel,
                             Boolean late, Responses.Versions versions) {

    /** A where-clause over {@code response r} and its bind parameters, in order. */
    public record Where(String sql, List<Object> params) {
    }

    public static ResponseFilter all() {
        return new ResponseFilter(null, null, null, null, null, Responses.Versions.LATEST);
    }

    /**
     * The filter of a query: {@code choice=q1:yes}, {@code kind=organisation|person}, {@code channel=web|…},
     * {@code late=yes|no}, {@code versions=latest|all}; blank means no filter.
     *
     * @throws InvalidInputException naming each parameter with a value it does not know
     */
    public static ResponseFilter parse(String choice, String kind, String channel, String late, String versions) {
        List<FieldError> errors = new ArrayList<>();
        String question = null;
        String option = null;
        if (!blank(choice)) {
            int colon = choice.indexOf(':');
            if (colon <= 0 || colon == choice.length() - 1) {
                errors.add(FieldError.of("choice", "must be question:option, e.g. q1:yes").withCode("choice-invalid"));
            } else {
                question = choice.substring(0, colon);
                option = choice.substring(colon + 1);
            }
        }
        RespondentKind respondentKind = null;
        if (!blank(kind)) {
            respondentKind = RespondentKind.fromJson(kind).orElse(null);
            if (respondentKind == null) {
                errors.add(FieldError.of("kind", "must be organisation or person").withCode("kind-unknown"));
            }
        }
        Channel shownChannel = null;
        if (!blank(channel)) {
            shownChannel = Channel.fromJson(channel).orElse(null);
            if (shownChannel == null) {
                errors.add(FieldError.of("channel", "is not a known channel").withCode("channel-unknown"));
            }
        }
        Boolean isLate = null;
        if (!blank(late)) {
            switch (late) {
                case "yes" -> isLate = true;
                case "no" -> isLate = false;
                default -> errors.add(FieldError.of("late", "must be yes or no").withCode("late-unknown"));
            }
        }
        Responses.Versions shownVersions = Responses.Versions.LATEST;
        try {
            shownVersions = Responses.Versions.of(versions);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Unknown filter", errors);
        }
        return new ResponseFilter(question, option, respondentKind, shownChannel, isLate, shownVersions);
    }

    public boolean allVersions() {
        return versions == Responses.Versions.ALL;
    }

    /** {@code q1:yes}, or empty when no choice is filtered on. */
    public String choice() {
        return choiceQuestion == null ? "" : choiceQuestion + ":" + choiceOption;
    }

    /** The conditions over {@code response r}, starting with the consultation. */
    Where where(long consultationId) {
        StringBuilder sql = new StringBuilder("r.consultation_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(consultationId);
        if (versions != Responses.Versions.ALL) {
            sql.append(" and r.superseded_by is null");
        }
        if (choiceQuestion != null) {
            sql.append(" and (r.answers -> ? ->> 'choice' = ? or r.answers -> ? -> 'choices' @> jsonb_build_array(?::text))");
            params.add(choiceQuestion);
            params.add(choiceOption);
            params.add(choiceQuestion);
            params.add(choiceOption);
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
        return new Where(sql.toString(), List.copyOf(params));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
