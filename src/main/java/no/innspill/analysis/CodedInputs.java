package no.innspill.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.innspill.consultation.Consultation;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding per input: marking a passage of an answer as an input, what it concerns and its disposition, checked against
 * the response and the form before anything is stored; and the inputs of a case, paged in document order.
 */
@Service
public class CodedInputs {

    static final int MAX_ASSESSMENT = 20_000;
    static final int MAX_CONCERNS = 100;
    static final int MAX_ANALYST = 200;
    public static final int MAX_PAGE = 1000;

    private final CodedInputRepository repository;
    private final Responses responses;
    private final Forms forms;

    CodedInputs(CodedInputRepository repository, Responses responses, Forms forms) {
        this.repository = repository;
        this.responses = responses;
        this.forms = forms;
    }

    /**
     * What an analyst sends: the response's sequence number, the answer id, the passage by offsets in code points
     * ({@code start}, {@code end}) or by its text ({@code passage}, found in the answer), what it concerns (answer ids of
     * the form and references such as "Mål 2"), the disposition's name or {@code null}, and the assessment.
     */
    public record Request(Integer response, String answer, Integer start, Integer end, String passage, List<String> concerns,
                          String disposition, String assessment) {
    }

    @Transactional
    public CodedInput create(Consultation consultation, Request request, String analyst) {
        return repository.insert(consultation.id(), check(consultation, request, analyst));
    }

    /** @throws NotFoundException when the case has no such input */
    @Transactional
    public CodedInput update(Consultation consultation, long id, Request request, String analyst) {
        get(consultation, id);
        CodedInputRepository.Fields fields = check(consultation, request, analyst);
        return repository.update(consultation.id(), id, fields).orElseThrow(() -> notFound(consultation, id));
    }

    /** @throws NotFoundException when the case has no such input */
    @Transactional
    public void delete(Consultation consultation, long id) {
        if (!repository.delete(consultation.id(), id)) {
            throw notFound(consultation, id);
        }
    }

    public CodedInput get(Consultation consultation, long id) {
        return repository.find(consultation.id(), id).orElseThrow(() -> notFound(consultation, id));
    }

    /** The inputs marked in one response, in the order they stand. */
    public List<CodedInput> ofResponse(Consultation consultation, int sequenceNumber) {
        return repository.ofResponse(consultation.id(), sequenceNumber);
    }

    /** One page of a case's inputs in document order, with the cursors of the next and previous pages ({@code null}: none). */
    public record Page(List<CodedInput> inputs, String next, String previous) {
    }

    /** @throws InvalidParameterException naming {@code cursor} for one that is not a cursor of this list */
    public Page page(Consultation consultation, InputFilter filter, String cursor, int limit) {
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        Cursor from = Cursor.decode(cursor);
        List<CodedInput> rows = new ArrayList<>(repository.page(consultation.id(), filter, from == null ? null : from.key(),
                from != null && from.backwards(), size + 1));
        boolean more = rows.size() > size;
        boolean backwards = from != null && from.backwards();
        if (more) {
            rows.remove(backwards ? 0 : size);
        }
        if (rows.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        CodedInput first = rows.get(0);
        CodedInput last = rows.get(rows.size() - 1);
        boolean hasNext = backwards || more;
        boolean hasPrevious = backwards ? more : from != null;
        return new Page(List.copyOf(rows), hasNext ? new Cursor(false, key(last)).encode() : null,
                hasPrevious ? new Cursor(true, key(first)).encode() : null);
    }

    /** How many inputs to the filter's part each disposition has ({@code null}: undecided), every disposition listed. */
    public Map<Disposition, Long> counts(Consultation consultation, InputFilter filter) {
        Map<Disposition, Long> counted = repository.countByDisposition(consultation.id(), filter);
        Map<Disposition, Long> counts = new LinkedHashMap<>();
        for (Disposition disposition : Disposition.values()) {
            counts.put(disposition, counted.getOrDefault(disposition, 0L));
        }
        counts.put(null, counted.getOrDefault(null, 0L));
        return counts;
    }

    /** How many inputs the filter holds, its disposition too. */
    public long total(Consultation consultation, InputFilter filter) {
        Map<Disposition, Long> counts = counts(consultation, filter);
        if (filter.disposition() == null) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
        return counts.get(DispositionNames.UNDECIDED.equals(filter.disposition()) ? null
                : DispositionNames.fromJson(filter.disposition()).orElseThrow());
    }

    /** Every input the filter holds, in document order, handed on a page at a time. */
    public void forEachPage(Consultation consultation, InputFilter filter, int chunk, Consumer<List<CodedInput>> each) {
        repository.forEachPage(consultation.id(), filter, Math.min(chunk, MAX_PAGE), each);
    }

    /** The responses the inputs are marked in, by sequence number (read in one query). */
    public Map<Integer, StoredResponse> responsesOf(Consultation consultation, List<CodedInput> inputs) {
        int[] numbers = inputs.stream().mapToInt(CodedInput::sequenceNumber).distinct().toArray();
        Map<Integer, StoredResponse> found = new LinkedHashMap<>();
        responses.find(consultation, numbers).forEach(response -> found.put(response.sequenceNumber(), response));
        return found;
    }

    private static CodedInputRepository.Key key(CodedInput input) {
        return new CodedInputRepository.Key(input.sequenceNumber(), input.id());
    }

    private static NotFoundException notFound(Consultation consultation, long id) {
        return new NotFoundException("Consultation " + consultation.caseNumber() + " has no input " + id);
    }

    /** Every rule at once, so one round names every field that is wrong; nothing is stored when one is. */
    private CodedInputRepository.Fields check(Consultation consultation, Request request, String analyst) {
        List<FieldError> errors = new ArrayList<>();
        StoredResponse response = null;
        if (request.response() == null) {
            errors.add(FieldError.of("response", "is required: the number after the dash in the document number").withCode("response-required"));
        } else {
            response = request.response() < 1 ? null : responses.find(consultation, request.response()).orElse(null);
            if (response == null) {
                errors.add(FieldError.of("response", "is no response of " + consultation.caseNumber() + ": there is no document "
                        + consultation.caseNumber() + "-" + request.response()).withCode("response-unknown"));
            }
        }
        String text = null;
        if (request.answer() == null || request.answer().isBlank()) {
            errors.add(FieldError.of("answer", "is required: the id of the answer the passage is in (q4)").withCode("answer-required"));
        } else if (response != null) {
            Answer answer = response.answers().get(request.answer());
            text = answer == null ? null : answer.text();
            if (text == null || text.isBlank()) {
                errors.add(FieldError.of("answer", "is no answer with text in " + response.documentNumber() + ": one of "
                        + String.join(", ", answersWithText(response))).withCode("answer-unknown"));
                text = null;
            }
        }
        int start = 0;
        int end = 0;
        String passage = null;
        if (text != null) {
            int length = PassageFinder.length(text);
            if (request.start() != null || request.end() != null) {
                if (request.start() == null || request.start() < 0 || request.start() >= length) {
                    errors.add(FieldError.of("start", "must be from 0 to " + (length - 1) + ", in code points of the answer's text")
                            .withCode("start-outside", length - 1));
                } else if (request.end() == null || request.end() > length) {
                    errors.add(FieldError.of("end", "must be at most " + length + ", the length of the answer's text in code points")
                            .withCode("end-outside", length));
                } else if (request.end() <= request.start()) {
                    errors.add(FieldError.of("end", "must be after start").withCode("end-before-start"));
                } else {
                    start = request.start();
                    end = request.end();
                    passage = PassageFinder.slice(text, start, end);
                    if (request.passage() != null && !request.passage().isBlank() && !request.passage().equals(passage)) {
                        errors.add(FieldError.of("passage", "is not the text from start to end; give one or the other").withCode("passage-mismatch"));
                    }
                }
            } else if (request.passage() == null || request.passage().isBlank()) {
                errors.add(FieldError.of("passage", "is required: the text of the input, or start and end").withCode("passage-required"));
            } else {
                Optional<PassageFinder.Found> found = PassageFinder.find(text, request.passage());
                if (found.isEmpty()) {
                    errors.add(FieldError.of("passage", "is not in the text of answer " + request.answer()).withCode("passage-not-found"));
                } else {
                    start = found.get().start();
                    end = found.get().end();
                    passage = PassageFinder.slice(text, start, end);
                }
            }
        }
        FormDefinition form = forms.get(consultation.form());
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        LinkedHashSet<String> references = new LinkedHashSet<>();
        List<String> concerns = request.concerns() == null ? List.of() : request.concerns();
        if (concerns.size() > MAX_CONCERNS) {
            errors.add(FieldError.of("concerns", "holds at most " + MAX_CONCERNS).withCode("concerns-too-many", MAX_CONCERNS));
        } else {
            for (int i = 0; i < concerns.size(); i++) {
                String concern = concerns.get(i) == null ? "" : concerns.get(i).strip();
                Optional<String> reference = ProposalReferences.label(concern);
                if (form.answerIds().contains(concern)) {
                    parts.add(concern);
                } else if (reference.isPresent()) {
                    references.add(reference.get());
                } else {
                    errors.add(FieldError.of("concerns[" + i + "]", "is neither a question or part of the form (" + String.join(", ",
                            form.answerIds()) + ") nor a reference such as \"Mål 2\" or \"§ 5\"").withCode("concern-unknown"));
                }
            }
        }
        Disposition disposition = null;
        if (request.disposition() != null && !request.disposition().isBlank()) {
            disposition = DispositionNames.fromJson(request.disposition().strip()).orElse(null);
            if (disposition == null) {
                errors.add(FieldError.of("disposition", "must be adopted, partly-adopted, not-adopted, noted or null")
                        .withCode("disposition-unknown"));
            }
        }
        String assessment = request.assessment() == null || request.assessment().isBlank() ? null : request.assessment().strip();
        if (assessment != null && PassageFinder.length(assessment) > MAX_ASSESSMENT) {
            errors.add(FieldError.of("assessment", "is longer than " + MAX_ASSESSMENT + " characters").withCode("assessment-too-long", MAX_ASSESSMENT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The input is not valid", errors);
        }
        String who = analyst == null || analyst.isBlank() ? "?" : analyst.strip();
        if (PassageFinder.length(who) > MAX_ANALYST) {
            who = PassageFinder.slice(who, 0, MAX_ANALYST);
        }
        return new CodedInputRepository.Fields(response.sequenceNumber(), request.answer(), start, end, passage, List.copyOf(parts),
                List.copyOf(references), disposition, assessment, who);
    }

    private static List<String> answersWithText(StoredResponse response) {
        return response.answers().entrySet().stream().filter(e -> e.getValue() != null && e.getValue().text() != null
                && !e.getValue().text().isBlank()).map(Map.Entry::getKey).toList();
    }

    /** A page's position, opaque to clients: forwards or backwards from one input. */
    record Cursor(boolean backwards, CodedInputRepository.Key key) {

        String encode() {
            String raw = (backwards ? "b" : "f") + key.sequenceNumber() + "." + key.id();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([bf])(\\d{1,9})\\.(\\d{1,18})").matcher(raw);
                if (m.matches()) {
                    return new Cursor(m.group(1).equals("b"), new CodedInputRepository.Key(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new InvalidParameterException("Unknown cursor", List.of(FieldError.of("cursor", "is not a cursor of this list: "
                    + "follow the Link header").withCode("cursor-invalid")));
        }
    }
}
