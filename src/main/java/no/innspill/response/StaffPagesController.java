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
                            ObjectProvider<AttachmentArchiveStatus> archiveStatus,
                            ObjectProvider<CampaignMemberships> campaignMemberships) {

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
    String responses(@PathVariable String slug, ResponseFilter.Params params,
                     @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String order,
                     @RequestParam(required = false) String cursor,
                     Model model, jakarta.servlet.http.HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        ReadingScopes scopes = ReadingScopes.of(form);
        String path = "/saksbehandler/horinger/" + slug;
        Map<String, List<String>> query = params.query();
        model.addAttribute("consultation", consultation);
        model.addAttribute("params", params);
        model.addAttribute("scopes", scopes);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("order", order == null ? "" : order);
        model.addAttribute("searching", params.q() != null && !params.q().isBlank());
        model.addAttribute("resetLink", path);
        model.addAttribute("lateDrafts", drafts.countLate(consultation)); // counted in SQL; the list is paged (LateDraftsController)
        addLinks(model, slug, query);
        model.addAttribute("readLinks", scopes.scopes().stream().collect(java.util.stream.Collectors.toMap(ReadingScopes.Scope::id,
                s -> ReadingRequest.link(path + "/sporsmal/" + s.id(), ReadingRequest.without(query, "in", "answered")),
                (a, b) -> a, LinkedHashMap::new)));
        // one where-clause for the page, its count and the per-choice counts: nothing loads all responses (issue 13)
        ResponseFilter filter;
        ResponseSort shownSort;
        ResponseSort.Page page;
        try {
            filter = params.filter();
            ReadingRequest.checkAgainstForm(filter, scopes);
            shownSort = ResponseSort.parse(sort, order);
            page = responses.page(consultation, filter, shownSort, cursor, Responses.LIST_PAGE);
        } catch (no.innspill.platform.InvalidInputException e) {
            http.setStatus(400);
            model.addAttribute("errors", ReadingRequest.summary(e, scopes));
            model.addAttribute("sortKeys", sortKeys(model.getAttribute("searching") == Boolean.TRUE));
            return "staff/responses";
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("sortKeys", sortKeys(filter.search() != null));
        model.addAttribute("total", filter.allVersions() ? responses.count(consultation) : responses.countLatest(consultation));
        Responses.Count shown = responses.countHits(consultation, filter);
        model.addAttribute("shownCount", shown);
        model.addAttribute("responses", page.responses());
        model.addAttribute("allVersions", filter.allVersions());
        // a search's counts per choice only when its hits were counted exactly: beyond the cap they cost a scan of every hit
        model.addAttribute("counts", shown.exact() ? counts(form, responses.choiceCounts(consultation, filter), shown.value()) : List.of());
        if (filter.search() != null) {
            model.addAttribute("searchTerms", responses.searchTerms(filter.search()));
            model.addAttribute("excerpts", responses.excerpts(consultation, filter.search(), page.responses()));
        }
        Map<String, List<String>> sorted = ReadingRequest.with(query, "sort", sort, "order", order);
        model.addAttribute("nextPage", page.next() == null ? null : ReadingRequest.link(path, ReadingRequest.with(sorted, "cursor", page.next())));
        model.addAttribute("previousPage", page.previous() == null ? null : ReadingRequest.link(path, ReadingRequest.with(sorted, "cursor", page.previous())));
        return "staff/responses";
    }

    /** The sort keys the list offers: relevance only with a search. */
    static List<String> sortKeys(boolean searching) {
        return java.util.Arrays.stream(ResponseSort.Key.values())
                .filter(k -> searching || k != ResponseSort.Key.RELEVANCE).map(ResponseSort.Key::param).toList();
    }

    /** Exports and statistics of what the list holds: the filter and search, without sort or page. */
    private static void addLinks(Model model, String slug, Map<String, List<String>> query) {
        String base = "/saksbehandler/horinger/" + slug;
        Map<String, String> exports = new LinkedHashMap<>();
        for (String format : List.of("csv", "xlsx", "json", "jsonl")) {
            exports.put(format, ReadingRequest.link(base + "/eksport." + format, query));
        }
        model.addAttribute("exportLinks", exports);
        model.addAttribute("statisticsLink", ReadingRequest.link(base + "/statistikk", query));
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
        model.addAttribute("readingScopes", ReadingScopes.of(forms.get(consultation.form())).scopes());
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
        CampaignMemberships memberships = campaignMemberships.getIfAvailable();
        model.addAttribute("memberships", memberships == null ? List.of() : memberships.of(consultation.id(), number));
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
}
