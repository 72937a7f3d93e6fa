package no.innspill.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Forms;
import no.innspill.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The case worker's pages of one consultation: its responses with counts and filters, one response in full. */
@Controller
record StaffPagesController(Consultations consultations, Forms forms, Responses responses, ResponsePdfs pdfs,
                            ResponseExports exports, Attachments attachments, Drafts drafts,
                            ObjectProvider<AttachmentArchiveStatus> archiveStatus) {

    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}/horingssvar.pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable int number, java.util.Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse response = responses.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
        return pdfs.download(consultation, response, locale);
    }

    /** How many chose each option of one choice or multiple-choice question (among the responses shown). */
    record ChoiceCount(Question question, Map<Question.Option, Long> counts, long unanswered) {

        /** The labels of what one response chose, joined by commas; empty when nothing. */
        public String chosen(Answer answer) {
            return answer == null ? "" : String.join(", ", question.options().stream()
                    .filter(option -> answer.chose(option.id())).map(Question.Option::label).toList());
        }
    }

    @GetMapping("/saksbehandler/horinger/{slug}")
    String responses(@PathVariable String slug,
                     @RequestParam(required = false) String choice,
                     @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String channel,
                     @RequestParam(required = false) String late,
                     @RequestParam(required = false) String versions,
                     Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        Responses.Versions shownVersions = Responses.Versions.of(versions);
        // superseded responses are left out in SQL unless asked for ("Vis også erstattede svar")
        List<StoredResponse> all = shownVersions == Responses.Versions.ALL ? responses.all(consultation) : responses.allLatest(consultation);
        Predicate<StoredResponse> filter = r -> true;
        if (choice != null && choice.contains(":")) {
            String id = choice.substring(0, choice.indexOf(':'));
            String option = choice.substring(choice.indexOf(':') + 1);
            filter = filter.and(r -> r.answers().getOrDefault(id, Answer.EMPTY).chose(option));
        }
        if (kind != null && !kind.isBlank()) {
            filter = filter.and(r -> r.respondent().kind().jsonName().equals(kind));
        }
        if (channel != null && !channel.isBlank()) {
            filter = filter.and(r -> r.channel().jsonName().equals(channel));
        }
        if ("yes".equals(late) || "no".equals(late)) {
            boolean wanted = "yes".equals(late);
            filter = filter.and(r -> r.late() == wanted);
        }
        List<StoredResponse> shown = all.stream().filter(filter).toList();
        model.addAttribute("consultation", consultation);
        model.addAttribute("total", all.size());
        model.addAttribute("lateDrafts", drafts.countLate(consultation)); // counted in SQL; the list is paged (LateDraftsController)
        model.addAttribute("responses", shown);
        FormDefinition form = forms.get(consultation.form());
        model.addAttribute("counts", counts(form, shown));
        model.addAttribute("choiceFilters", choiceFilters(form));
        model.addAttribute("filter", Map.of("choice", choice == null ? "" : choice, "kind", kind == null ? "" : kind,
                "channel", channel == null ? "" : channel, "late", late == null ? "" : late));
        model.addAttribute("allVersions", shownVersions == Responses.Versions.ALL);
        model.addAttribute("channels", Channel.values());
        return "staff/responses";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}")
    String response(@PathVariable String slug, @PathVariable int number, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        StoredResponse response = responses.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", forms.get(response.form(consultation.form())));
        model.addAttribute("response", response);
        model.addAttribute("answers", response.answers());
        List<Attachment> files = attachments.list(consultation.id(), number);
        model.addAttribute("files", files);
        model.addAttribute("attachedFiles", files.stream().map(Attachment::described).toList());
        Map<Integer, AttachmentText> texts = new java.util.HashMap<>();
        if (!files.isEmpty()) {
            attachments.textNotes(consultation.id(), number).forEach(text -> texts.put(text.position(), text));
        }
        model.addAttribute("fileTexts", texts);
        AttachmentArchiveStatus status = archiveStatus.getIfAvailable();
        model.addAttribute("fileCopies", files.isEmpty() || status == null ? Map.of() : status.copies(consultation.id(), number));
        return "staff/response";
    }

    @GetMapping("/saksbehandler/horinger/{slug}/svar/{number}/vedlegg/{position}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable int number, @PathVariable int position) {
        Consultation consultation = consultations.getBySlug(slug);
        return AttachmentDownload.of(attachments.get(consultation.id(), number, position)
                .orElseThrow(() -> new NotFoundException("Document " + consultation.caseNumber() + "-" + number + " has no attachment " + position)));
    }

    @GetMapping("/saksbehandler/horinger/{slug}/eksport.csv")
    void exportCsv(@PathVariable String slug, @RequestParam(required = false) String versions,
                   jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        exports.csv(consultations.getBySlug(slug), Responses.Versions.of(versions), response);
    }

    @GetMapping("/saksbehandler/horinger/{slug}/eksport.json")
    void exportJson(@PathVariable String slug, @RequestParam(required = false) String versions,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        exports.json(consultations.getBySlug(slug), Responses.Versions.of(versions), response);
    }

    private static List<ChoiceCount> counts(FormDefinition form, List<StoredResponse> shown) {
        return form.questions().stream()
                .filter(Question::hasOptions)
                .map(q -> {
                    Map<Question.Option, Long> counts = new LinkedHashMap<>();
                    for (Question.Option option : q.options()) {
                        counts.put(option, shown.stream()
                                .filter(r -> r.answers().getOrDefault(q.id(), Answer.EMPTY).chose(option.id())).count());
                    }
                    long unanswered = shown.stream().filter(r -> !r.answers().getOrDefault(q.id(), Answer.EMPTY).hasChoice()).count();
                    return new ChoiceCount(q, counts, unanswered);
                })
                .toList();
    }

    /** The values of the choice filter: "q1:yes" with a label "1) Ja". */
    private static Map<String, String> choiceFilters(FormDefinition form) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            if (q.hasOptions()) {
                q.options().forEach(o -> filters.put(q.id() + ":" + o.id(), q.number() + ") " + o.label()));
            }
        }
        return filters;
    }
}
