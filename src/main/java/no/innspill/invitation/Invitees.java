package no.innspill.invitation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import no.innspill.response.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The høringsliste of a consultation: replaced whole (an upload, the API), or one invitee added or
 * removed; and which responses answer whom. Each change is one transaction: a list with one bad
 * row changes nothing. Public for {@link #list}: the archive journals the consultation's documents
 * as sent to everyone on the list.
 */
@Service
public class Invitees {

    private final InviteeRepository repository;
    private final Responses responses;

    Invitees(InviteeRepository repository, Responses responses) {
        this.repository = repository;
        this.responses = responses;
    }

    /** The list by name. */
    public List<Invitee> list(Consultation consultation) {
        return repository.list(consultation.id());
    }

    /** How many are on the høringsliste, and how many of them answered (a response linked to them). */
    public record Answered(long invited, long answered) {
    }

    /** Counted in SQL, for the statistics. */
    public Answered answered(Consultation consultation) {
        return repository.countAnswered(consultation.id());
    }

    Invitee get(Consultation consultation, long id) {
        return repository.find(consultation.id(), id).orElseThrow(() -> new NotFoundException("There is no invitee " + id));
    }

    Optional<Invitee> findByToken(String token) {
        return Tokens.looksValid(token) ? repository.findByToken(token) : Optional.empty();
    }

    /**
     * Replaces the list. An invitee that stays (the same organisation number, else the same e-mail)
     * keeps its link, invitation, reminder and responses; the others are removed. Then responses
     * registered before are matched to the new list.
     */
    @Transactional
    void replace(Consultation consultation, List<InviteeEntry> entries) {
        List<Invitee> existing = repository.list(consultation.id());
        Map<String, Long> byNumber = new HashMap<>();
        Map<String, Long> byEmail = new HashMap<>();
        for (Invitee invitee : existing) {
            if (invitee.organisationNumber() != null) {
                byNumber.put(invitee.organisationNumber(), invitee.id());
            }
            if (invitee.email() != null) {
                byEmail.put(invitee.email().toLowerCase(Locale.ROOT), invitee.id());
            }
        }
        Map<Long, InviteeEntry> kept = new HashMap<>();
        List<InviteeEntry> added = new ArrayList<>();
        for (InviteeEntry entry : entries) {
            Long id = entry.organisationNumber() == null ? null : byNumber.get(entry.organisationNumber());
            if ((id == null || kept.containsKey(id)) && entry.email() != null) {
                id = byEmail.get(entry.email().toLowerCase(Locale.ROOT));
            }
            if (id == null || kept.containsKey(id)) {
                added.add(entry);
            } else {
                kept.put(id, entry);
            }
        }
        List<Long> keep = new ArrayList<>(kept.keySet());
        repository.deleteExcept(consultation.id(), keep);
        repository.clearKeys(keep);
        kept.forEach(repository::update);
        added.forEach(entry -> repository.insert(consultation.id(), entry, Tokens.newToken()));
        matchAll(consultation);
    }

    /** @throws InvalidInputException when another invitee has the organisation number or e-mail */
    @Transactional
    void add(Consultation consultation, InviteeEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.organisationNumber() != null && repository.findByOrganisationNumber(consultation.id(), entry.organisationNumber()).isPresent()) {
            errors.add(FieldError.of("organisationNumber", "is on the list already").withCode("taken"));
        }
        if (entry.email() != null && repository.findByEmail(consultation.id(), entry.email()).isPresent()) {
            errors.add(FieldError.of("email", "is on the list already").withCode("taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The invitee is on the list already", errors);
        }
        repository.insert(consultation.id(), entry, Tokens.newToken());
        matchAll(consultation);
    }

    @Transactional
    void remove(Consultation consultation, long id) {
        repository.delete(consultation.id(), id);
    }

    /** Staff say this response answers this invitee (for one that matched nobody, or matched wrongly). */
    @Transactional
    void link(Consultation consultation, long inviteeId, int sequenceNumber) {
        get(consultation, inviteeId);
        StoredResponse response = responses.find(consultation, sequenceNumber)
                .orElseThrow(() -> new InvalidInputException("No such response", List.of(
                        FieldError.of("response", "there is no response " + consultation.caseNumber() + "-" + sequenceNumber).withCode("no-response"))));
        repository.link(consultation.id(), response.sequenceNumber(), response.documentNumber(), inviteeId, true);
    }

    @Transactional
    void unlink(Consultation consultation, long inviteeId, int sequenceNumber) {
        repository.unlink(consultation.id(), inviteeId, sequenceNumber);
    }

    /** Matches one registered response: by organisation number, then by e-mail (case-insensitive). */
    void match(long consultationId, int sequenceNumber, String documentNumber, String organisationNumber, String email) {
        Optional<Long> invitee = organisationNumber == null ? Optional.empty()
                : repository.findByOrganisationNumber(consultationId, organisationNumber);
        if (invitee.isEmpty() && email != null) {
            invitee = repository.findByEmail(consultationId, email);
        }
        invitee.ifPresent(id -> repository.link(consultationId, sequenceNumber, documentNumber, id, false));
    }

    private void matchAll(Consultation consultation) {
        for (StoredResponse response : responses.all(consultation)) {
            match(consultation.id(), response.sequenceNumber(), response.documentNumber(),
                    response.respondent().organisationNumber(), response.respondent().email());
        }
    }

    Optional<Integer> reminderDays(Consultation consultation) {
        return repository.reminderDays(consultation.id());
    }

    @Transactional
    void setReminderDays(Consultation consultation, Integer days) {
        if (days != null && (days < 1 || days > 90)) {
            throw new InvalidInputException("Reminder days out of range", List.of(
                    FieldError.of("reminderDays", "must be between 1 and 90 days").withCode("reminder-days")));
        }
        repository.setReminderDays(consultation.id(), days);
    }
}
