package no.innspill.archive;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's journal for staff: its entries page by page (keyset on the entry number), and one entry with its
 * parties, documents and endringslogg, and a form to change its fields; each change is logged with who made it.
 */
@Controller
record JournalPagesController(Consultations consultations, Journal journal, JournalLinks links) {

    static final int PAGE_SIZE = 50;
    /** The recipients a list row names; the entry's page names them all. */
    static final int PARTIES_SHOWN = 3;
    /** How the pages write a day: as journals do, 20.11.2026. */
    static final String DAY_PATTERN = "dd.MM.yyyy";

    @GetMapping("/saksbehandler/horinger/{slug}/journal")
    String list(@PathVariable String slug, @RequestParam(name = "etter", defaultValue = "0") int after, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        List<JournalEntry> page = journal.page(consultation, after, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<JournalEntry> shown = more ? page.subList(0, PAGE_SIZE) : page;
        model.addAttribute("consultation", consultation);
        model.addAttribute("entries", shown);
        model.addAttribute("total", journal.count(consultation));
        model.addAttribute("after", Math.max(0, after));
        model.addAttribute("next", more ? shown.get(shown.size() - 1).entryNumber() : null);
        model.addAttribute("partiesShown", PARTIES_SHOWN);
        model.addAttribute("dayPattern", DAY_PATTERN);
        return "archive/journal";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/journal/{number}")
    String entry(@PathVariable String slug, @PathVariable int number, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        JournalEntry entry = find(consultation, number);
        return page(consultation, entry, JournalChanges.of(entry), Map.of(), model);
    }

    @PostMapping("/saksbehandler/horinger/{slug}/journal/{number}")
    String change(@PathVariable String slug, @PathVariable int number, @RequestParam MultiValueMap<String, String> form,
                  Principal staff, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        JournalEntry entry = find(consultation, number);
        JournalChanges changes = read(entry, form);
        try {
            int before = journal.changes(entry).size();
            JournalEntry changed = journal.change(entry, changes, staff.getName());
            flash.addFlashAttribute("saved", journal.changes(changed).size() - before);
            return "redirect:" + JournalLinks.entryPage(consultation, number);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                String group = error.field().startsWith("party-") ? "party" : error.field();
                errors.putIfAbsent("journal-" + error.field(), "staff.journal.error." + group + "." + error.code());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(consultation, entry, changes, errors, model);
        }
    }

    private String page(Consultation consultation, JournalEntry entry, JournalChanges values, Map<String, String> errors, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("entry", entry);
        model.addAttribute("documents", links.of(consultation, entry, false));
        model.addAttribute("changes", journal.changes(entry));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("maxTitle", JournalFieldChanges.MAX_TITLE);
        model.addAttribute("mask", Screening.MASK);
        model.addAttribute("dayPattern", DAY_PATTERN);
        model.addAttribute("personalDetails", Screening.PERSONAL_DETAILS);
        return "archive/journal-entry";
    }

    private JournalEntry find(Consultation consultation, int number) {
        return journal.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no journal entry " + consultation.caseNumber() + "-" + number));
    }

    /** The form's fields: check boxes are sent only when ticked; a party's name as party-1, party-2, …. */
    private static JournalChanges read(JournalEntry entry, MultiValueMap<String, String> form) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (JournalParty party : entry.parties()) {
            String name = form.getFirst("party-" + party.position());
            if (name != null) {
                names.put(party.position(), name);
            }
        }
        return new JournalChanges(form.getFirst("title"), form.getFirst("publicTitle"), "yes".equals(form.getFirst("screenSenderName")),
                "yes".equals(form.getFirst("screenTitleWords")), form.getFirst("screeningBasis"), names, form.getFirst("documentDate"),
                entry.type() == JournalEntryType.INCOMING ? form.getFirst("receivedDate") : null);
    }
}
