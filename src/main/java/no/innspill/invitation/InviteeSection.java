package no.innspill.invitation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.PublicSections;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The høringsliste on the public consultation page, as regjeringen.no shows it: "Høringsinstanser", by kind, sorted. */
@Component
class InviteeSection implements PublicSections {

    private final InviteeRepository repository;
    private final MessageSource messages;

    InviteeSection(InviteeRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public Optional<Section> section(Consultation consultation, Locale locale) {
        List<Invitee> invitees = repository.list(consultation.id());
        if (invitees.isEmpty()) {
            return Optional.empty();
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nb"));
        List<Group> groups = new ArrayList<>();
        for (InviteeKind kind : InviteeKind.values()) {
            List<String> names = invitees.stream().filter(i -> i.kind() == kind).map(Invitee::name).sorted(collator).toList();
            if (!names.isEmpty()) {
                groups.add(new Group(messages.getMessage("invitation.kind.group." + kind.code(), null, locale), names));
            }
        }
        return Optional.of(new Section("invitees", messages.getMessage("invitation.public.heading", null, locale), groups));
    }

}
