package no.innspill.response;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.document.FileLimits;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.platform.FieldError;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.PageErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The web form's files. A browser cannot carry a chosen file from one page to the next, so whatever
 * button sends the form (save, preview), the files it holds are checked and kept with the draft,
 * which is made for them when there is none yet; the page then shows them as uploaded, each with a
 * "Fjern" box that removes it on the next send. Inputs: {@code q3.files} (the file input) and
 * {@code q3.remove} (positions to remove).
 */
@Component
class DraftUploads {

    private final Drafts drafts;
    private final Attachments attachments;
    private final MessageSource messages;

    DraftUploads(Drafts drafts, Attachments attachments, MessageSource messages) {
        this.drafts = drafts;
        this.attachments = attachments;
        this.messages = messages;
    }

    /**
     * @param token  the draft the files are kept with: the one given, or a new one when files came without one
     * @param files  the files kept now
     * @param errors the files refused, by file input
     */
    record Step(String token, List<Attachment> files, PageErrors errors) {
    }

    static boolean takesFiles(FormDefinition form) {
        return form.questions().stream().anyMatch(q -> q.kind() == QuestionKind.ATTACHMENTS);
    }

    static String inputId(String questionId) {
        return "a-" + questionId + "-files";
    }

    /** Applies a form post's uploads and removals to the draft behind {@code token}. */
    Step apply(Consultation consultation, FormDefinition form, String token, AnswerFormData data, HttpServletRequest request,
               Locale locale) {
        List<Attachment> kept = drafts.files(consultation, token);
        if (!takesFiles(form)) {
            return new Step(token, kept, PageErrors.none());
        }
        List<Upload> uploads = uploads(form, request);
        Set<Integer> removed = removals(form, request);
        if (uploads.isEmpty() && removed.isEmpty()) {
            return new Step(token, kept, PageErrors.none());
        }
        List<Attachment> remaining = kept.stream().filter(a -> !removed.contains(a.position())).toList();
        List<FieldError> errors = new ArrayList<>();
        List<Attachment> added = attachments.check(form, remaining, uploads, errors);
        String saved = drafts.saveWithFiles(consultation, token, data, added, removed);
        List<Attachment> files = new ArrayList<>(saved.equals(token) ? remaining : List.of());
        files.addAll(added);
        return new Step(saved, files, pageErrors(errors, locale));
    }

    /** Shows the draft's files on the form page, and what it takes. */
    void describe(FormDefinition form, List<Attachment> files, Model model) {
        Map<String, List<Attachment>> byQuestion = new LinkedHashMap<>();
        files.forEach(file -> byQuestion.computeIfAbsent(String.valueOf(file.questionId()), id -> new ArrayList<>()).add(file));
        model.addAttribute("keptFiles", byQuestion);
        model.addAttribute("takesFiles", takesFiles(form));
        if (takesFiles(form)) {
            model.addAttribute("maxFileSize", FileLimits.megabytes(attachments.properties().maxFileSize().toBytes()));
            model.addAttribute("maxFilesInResponse", attachments.properties().maxFiles());
        }
    }

    PageErrors pageErrors(List<FieldError> errors, Locale locale) {
        PageErrors page = PageErrors.none();
        for (FieldError error : errors) {
            String questionId = error.field().startsWith("answers.")
                    ? error.field().substring("answers.".length(), error.field().length() - ".attachments".length()) : null;
            String message = messages.getMessage("attachments.error." + (error.code() == null ? "invalid" : error.code()),
                    error.args().toArray(), error.message(), locale);
            page.add(questionId == null ? "respondent-name" : inputId(questionId), message);
        }
        return page;
    }

    private static List<Upload> uploads(FormDefinition form, HttpServletRequest request) {
        List<Upload> uploads = new ArrayList<>();
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return uploads;
        }
        for (Question question : form.questions()) {
            if (question.kind() != QuestionKind.ATTACHMENTS) {
                continue;
            }
            for (MultipartFile file : multipart.getFiles(question.id() + ".files")) {
                boolean nothingChosen = file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
                if (!nothingChosen) { // a browser sends an empty part for a file input left empty
                    uploads.add(new Upload(question.id(), file.getOriginalFilename(), bytes(file)));
                }
            }
        }
        return uploads;
    }

    private static Set<Integer> removals(FormDefinition form, HttpServletRequest request) {
        Set<Integer> removed = new LinkedHashSet<>();
        for (Question question : form.questions()) {
            String[] values = request.getParameterValues(question.id() + ".remove");
            if (values == null) {
                continue;
            }
            for (String value : values) {
                try {
                    removed.add(Integer.parseInt(value.strip()));
                } catch (NumberFormatException ignored) {
                    // not a position we showed: nothing to remove
                }
            }
        }
        return removed;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
