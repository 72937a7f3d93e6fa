package no.innspill.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                            Attachments attachments, Drafts drafts,
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
                     @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String order,
                     @RequestParam(required = false) String cursor,
                     Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        // one where-clause for the page, its count and the per-choice counts: nothing loads all responses (issue 13)
        ResponseFilter filter = ResponseFilter.parse(choice, kind, channel, late, versions);
        ResponseSort shownSort = ResponseSort.parse(sort, order);
        ResponseSort.Page page = responses.page(consultation, filter, shownSort, cursor, Responses.LIST_PAGE);
        int shown = responses.count(consultation, filter);
        model.addAttribute("consultation", consultation);
        model.addAttribute("total", filter.allVersions() ? responses.count(consultation) : responses.countLatest(consultation));
        model.addAttribute("shownCount", shown);
        model.addAttribute("lateDrafts", drafts.countLate(consultation)); // counted in SQL; the list is paged (LateDraftsController)
        model.addAttribute("responses", page.responses());
        FormDefinition form = forms.get(consultation.form());
        model.addAttribute("counts", counts(form, responses.choiceCounts(consultation, filter), shown));
        model.addAttribute("choiceFilters", choiceFilters(form));
        model.addAttribute("filter", Map.of("choice", filter.choice(), "kind", kind == null ? "" : kind,
                "channel", channel == null ? "" : channel, "late", late == null ? "" : late));
        model.addAttribute("allVersions", filter.allVersions());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sort", shownSort.key().param());
        model.addAttribute("order", shownSort.order());
        model.addAttribute("sortKeys", java.util.Arrays.stream(ResponseSort.Key.values()).map(ResponseSort.Key::param).toList());
        var link = org.springframework.web.util.UriComponentsBuilder.fromPath("/saksbehandler/horinger/{slug}");
        java.util.function.BiConsumer<String, String> keep = (name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        };
        keep.accept("choice", choice);
        keep.accept("kind", kind);
        keep.accept("channel", channel);
        keep.accept("late", late);
        keep.accept("versions", versions);
        keep.accept("sort", sort);
        keep.accept("order", order);
        model.addAttribute("nextPage", page.next() == null ? null
                : link.cloneBuilder().queryParam("cursor", page.next()).buildAndExpand(slug).encode().toUriString());
        model.addAttribute("previousPage", page.previous() == null ? null
                : link.cloneBuilder().queryParam("cursor", page.previous()).buildAndExpand(slug).encode().toUriString());
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

    private static List<ChoiceCount> counts(FormDefinition form, Map<String, Long> chosen, int shown) {
        return form.questions().stream()
                .filter(Question::hasOptions)
                .map(q -> {
                    Map<Question.Option, Long> counts = new LinkedHashMap<>();
                    for (Question.Option option : q.options()) {
                        counts.put(option, chosen.getOrDefault(q.id() + ":" + option.id(), 0L));
                    }
                    return new ChoiceCount(q, counts, shown - chosen.getOrDefault(q.id(), 0L));
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
