package no.innspill.invitation;

import java.util.List;
import java.util.Locale;
import no.innspill.platform.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The problems of a list or an invitee in the reader's language: "Rad 3, organisasjonsnummer: …".
 * A row's error carries its row and field as its first arguments (see {@link InviteeRows}).
 */
@Component
class InviteeProblems {

    private final MessageSource messages;

    InviteeProblems(MessageSource messages) {
        this.messages = messages;
    }

    List<String> describe(List<FieldError> errors, Locale locale) {
        return errors.stream().map(error -> describe(error, locale)).toList();
    }

    String describe(FieldError error, Locale locale) {
        List<Object> args = error.args();
        if (error.field().equals("file")) {
            return messages.getMessage("invitation.file." + error.code(), args.toArray(), error.message(), locale);
        }
        if (error.field().startsWith("rows[") && args.size() >= 2) {
            Object[] rest = args.subList(2, args.size()).toArray();
            String what = messages.getMessage("invitation.problem." + error.code(), rest, error.message(), locale);
            String field = messages.getMessage("invitation.field." + args.get(1), null, String.valueOf(args.get(1)), locale);
            return messages.getMessage("invitation.problem.row", new Object[] {args.get(0), field, what}, locale);
        }
        String field = messages.getMessage("invitation.field." + error.field(), null, error.field(), locale);
        String what = messages.getMessage("invitation.problem." + error.code(), args.toArray(), error.message(), locale);
        return field + ": " + what;
    }
}
