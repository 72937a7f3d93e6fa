package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading by question: the answers to one question or part, one after another with the respondent, 25 a page in
 * keyset order, with the list's filters and search (scoped to this question unless asked otherwise).
 */
@Controller
record StaffReadingController(Consultations consultations, Forms forms, Responses responses) {

    static final int PAGE = 25;
    /** The value of {@code in} that searches all answers rather than this question's. */
    static final String ALL_ANSWERS = "*";

    /** One part's (or the question's own) answer in a response, under its label; blank labels for the question itself. */
    record Shown(String label, String chosen, String text) {
    }

    /** One response's answer to the question read, with the ids of the answers before and after it on the page. */
    record Item(StoredResponse response, List<Shown> answers, Excerpt excerpt, String previousId, String nextId) {

        public String id() {
            return "svar-" + response.sequenceNumber();
        }
    }

    @GetMapping("/saksbehandler/horinger/{slug}/sporsmal/{answerId}")
    String read(@PathVariable String slug, @PathVariable String answerId, ResponseFilter.Params params,
                @RequestParam(required = false) String unanswered,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String order,
                @RequestParam(required = false) String cursor,
                Model model, HttpServletResponse http) {
        Consultation consultation = consultations.getBySlug(slug);
        ReadingScopes scopes = ReadingScopes.of(forms.get(consultation.form()));
        ReadingScopes.Scope scope = scopes.find(answerId)
                .orElseThrow(() -> new NotFoundException("The form of " + consultation.caseNumber() + " has no question " + answerId));
        boolean showUnanswered = "yes".equals(unanswered);
        String path = "/saksbehandler/horinger/" + slug + "/sporsmal/" + answerId;
        Map<String, List<String>> query = ReadingRequest.with(ReadingRequest.without(params.query(), "answered"),
                "unanswered", showUnanswered ? "yes" : null);
        model.addAttribute("consultation", consultation);
        model.addAttribute("scope", scope);
        model.addAttribute("scopes", scopes);
        model.addAttribute("params", params);
        model.addAttribute("unanswered", showUnanswered);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("order", order == null ? "" : order);
        boolean searching = params.q() != null && !params.q().isBlank();
        model.addAttribute("searching", searching);
        model.addAttribute("sortKeys", StaffPagesController.sortKeys(searching));
        model.addAttribute("action", path);
        model.addAttribute("responseLink", "/saksbehandler/horinger/" + slug);
        Map<String, String> switchLinks = new LinkedHashMap<>();
        Map<String, List<String>> kept = ReadingRequest.without(query, "in");
        scopes.scopes().forEach(s -> switchLinks.put(s.id(), ReadingRequest.link("/saksbehandler/horinger/" + slug + "/sporsmal/" + s.id(), kept)));
        model.addAttribute("switchLinks", switchLinks);
        model.addAttribute("listLink", ReadingRequest.link("/saksbehandler/horinger/" + slug, ReadingRequest.without(query, "unanswered", "in")));
        ResponseFilter filter;
        ResponseSort.Page page;
        try {
            filter = readingFilter(params, answerId, showUnanswered).filter();
            ReadingRequest.checkAgainstForm(filter, scopes);
            page = responses.page(consultation, filter, ResponseSort.parse(sort, order), cursor, PAGE);
        } catch (InvalidInputException e) {
            http.setStatus(400);
            model.addAttribute("errors", ReadingRequest.summary(e, scopes));
            return "staff/reading";
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("shownCount", responses.countHits(consultation, filter));
        if (filter.search() != null) {
            model.addAttribute("searchTerms", responses.searchTerms(filter.search()));
        }
        Map<Integer, Excerpt> excerpts = responses.excerpts(consultation, filter.search(), page.responses());
        model.addAttribute("items", items(scope, page.responses(), excerpts));
        Map<String, List<String>> sorted = ReadingRequest.with(query, "sort", sort, "order", order);
        model.addAttribute("nextPage", page.next() == null ? null : ReadingRequest.link(path, ReadingRequest.with(sorted, "cursor", page.next())));
        model.addAttribute("previousPage", page.previous() == null ? null : ReadingRequest.link(path, ReadingRequest.with(sorted, "cursor", page.previous())));
        return "staff/reading";
    }

    /** The request's filter read for this question: its answers only (unless asked), the search scoped to it by default. */
    private static ResponseFilter.Params readingFilter(ResponseFilter.Params params, String answerId, boolean showUnanswered) {
        String in = params.in() == null || params.in().isBlank() ? answerId : ALL_ANSWERS.equals(params.in()) ? null : params.in();
        return new ResponseFilter.Params(params.choice(), params.kind(), params.channel(), params.late(), params.attachments(),
                params.invitee(), showUnanswered ? null : answerId, params.q(), in, params.versions());
    }

    private static List<Item> items(ReadingScopes.Scope scope, List<StoredResponse> shown, Map<Integer, Excerpt> excerpts) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            StoredResponse response = shown.get(i);
            items.add(new Item(response, answers(scope, response.answers()), excerpts.get(response.sequenceNumber()),
                    i == 0 ? null : "svar-" + shown.get(i - 1).sequenceNumber(),
                    i == shown.size() - 1 ? null : "svar-" + shown.get(i + 1).sequenceNumber()));
        }
        return items;
    }

    /** The question's own answer, then each part's (only the one part when a part is read). */
    private static List<Shown> answers(ReadingScopes.Scope scope, Map<String, Answer> answers) {
        Question question = scope.question();
        List<Shown> shown = new ArrayList<>();
        if (!scope.isPart()) {
            Answer own = answers.get(question.id());
            if (own != null && !own.isEmpty()) {
                shown.add(new Shown("", chosen(question, own), own.text()));
            }
        }
        for (Question.Part part : question.parts()) {
            if (scope.isPart() && !part.fullId().equals(scope.id())) {
                continue;
            }
            Answer answer = answers.get(part.fullId());
            if (answer != null && answer.text() != null && !answer.text().isBlank()) {
                shown.add(new Shown(scope.isPart() ? "" : part.title(), "", answer.text()));
            }
        }
        return shown;
    }

    private static String chosen(Question question, Answer answer) {
        return String.join(", ", question.options().stream().filter(o -> answer.chose(o.id())).map(Question.Option::label).toList());
    }
}
