package no.innspill.intake.review;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.IntakeProblem;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case worker's intake: upload files → the list of received items → review one beside its
 * original → correct and confirm (registered as a response) or reject.
 */
@Controller
class IntakePagesController {

    private static final String BASE = "/saksbehandler/horinger/{slug}/innkommende";
    private static final int MAX_FILES = 100;

    private final Consultations consultations;
    private final Forms forms;
    private final IntakeItems items;
    private final ReviewValidation validation;
    private final ConfirmIntake confirmIntake;
    private final MessageSource messages;

    IntakePagesController(Consultations consultations, Forms forms, IntakeItems items, ReviewValidation validation,
                          ConfirmIntake confirmIntake, MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.items = items;
        this.validation = validation;
        this.confirmIntake = confirmIntake;
        this.messages = messages;
    }

    /** One line of the upload's outcome. */
    record Outcome(String fileName, Long itemId, String problem) {
    }

    @GetMapping(BASE)
    String list(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("items", items.list(consultation));
        model.addAttribute("maxFileSize", megabytes(items.maxFileSize()));
        return "intake/list";
    }

    @PostMapping(BASE)
    String upload(@PathVariable String slug, @RequestParam(name = "filer", required = false) List<MultipartFile> files,
                  Locale locale, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("uploadError", messages.getMessage("intake.upload.none", null, locale));
            return redirect(slug);
        }
        if (chosen.size() > MAX_FILES) {
            flash.addFlashAttribute("uploadError", messages.getMessage("intake.upload.too-many", new Object[] {MAX_FILES}, locale));
            return redirect(slug);
        }
        List<Outcome> taken = new ArrayList<>();
        List<Outcome> refused = new ArrayList<>();
        for (MultipartFile file : chosen) {
            String name = file.getOriginalFilename();
            if (file.getSize() > items.maxFileSize()) {
                refused.add(new Outcome(name, null, problemText(IntakeProblem.of("too-large", String.valueOf(items.maxFileSize())), locale)));
                continue;
            }
            IntakeItems.Upload upload;
            try {
                upload = items.upload(consultation, name, file.getBytes());
            } catch (IOException e) {
                refused.add(new Outcome(name, null, problemText(IntakeProblem.of("unreadable-upload"), locale)));
                continue;
            }
            if (upload.refused() != null) {
                refused.add(new Outcome(upload.fileName(), null, problemText(upload.refused(), locale)));
            } else {
                IntakeItem item = upload.item();
                taken.add(new Outcome(item.fileName(), item.id(), item.problem() == null ? null : problemText(item.problem(), locale)));
            }
        }
        flash.addFlashAttribute("taken", taken);
        flash.addFlashAttribute("refused", refused);
        return redirect(slug);
    }

    @GetMapping(BASE + "/{id}")
    String review(@PathVariable String slug, @PathVariable long id,
                  @RequestParam(name = "registrert", required = false) String registered, Model model, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        model.addAttribute("justRegistered", registered != null);
        return reviewPage(consultation, item, ReviewData.fromItem(forms.get(consultation.form()), item), PageErrors.none(), model, locale);
    }

    @PostMapping(BASE + "/{id}/bekreft")
    String confirm(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                   Model model, Locale locale, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        if (item.status() != IntakeItem.Status.NEEDS_REVIEW) {
            return redirect(slug) + "/" + id;
        }
        ReviewData data = ReviewData.fromParams(forms.get(consultation.form()), params);
        var result = validation.check(forms.get(consultation.form()), data, locale);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return reviewPage(consultation, item, data, result.errors(), model, locale);
        }
        try {
            confirmIntake.confirm(consultation, item, result.submission(), result.channel(), result.receivedAt());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmFailed", true);
            return reviewPage(consultation, item, data, PageErrors.none(), model, locale);
        }
        return redirect(slug) + "/" + id + "?registrert";
    }

    @PostMapping(BASE + "/{id}/avvis")
    String reject(@PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        if (items.reject(item, "staff")) {
            flash.addFlashAttribute("rejected", item.fileName());
        }
        return redirect(slug);
    }

    @GetMapping(BASE + "/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable long id) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        byte[] bytes = items.content(item).orElseThrow(() -> new NotFoundException("Item " + id + " has no file"));
        MediaType type = item.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(item.contentType());
        return download(bytes, type, item.fileName());
    }

    @GetMapping(BASE + "/{id}/arkivkopi.pdf")
    ResponseEntity<byte[]> archiveCopy(@PathVariable String slug, @PathVariable long id) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        byte[] bytes = items.archiveCopy(item).orElseThrow(() -> new NotFoundException("Item " + id + " has no archive copy"));
        return download(bytes, MediaType.APPLICATION_PDF, "arkivkopi-" + item.documentNumber().replace('/', '-') + ".pdf");
    }

    @GetMapping(path = BASE + "/{id}/side/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable String slug, @PathVariable long id, @PathVariable int page) {
        Consultation consultation = consultations.getBySlug(slug);
        IntakeItem item = items.get(consultation, id);
        byte[] pdf = item.isPdf() ? items.content(item).orElse(null) : null;
        byte[] png = pdf == null ? null : Previews.pagePng(pdf, page).orElse(null);
        if (png == null) {
            throw new NotFoundException("Item " + id + " has no page " + page);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(png);
    }

    private String reviewPage(Consultation consultation, IntakeItem item, ReviewData data, PageErrors errors,
                              Model model, Locale locale) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("item", item);
        model.addAttribute("data", data);
        model.addAttribute("view", AnswerFormView.forCaseWorker(forms.get(consultation.form()), data.answers(), errors));
        model.addAttribute("problem", item.problem() == null ? null : problemText(item.problem(), locale));
        model.addAttribute("confidence", item.confidence() == null ? null : Math.round(item.confidence() * 100));
        byte[] original = item.isPdf() || item.isDocx() ? items.content(item).orElse(null) : null;
        int pages = 0;
        String text = null;
        if (original != null && item.isPdf()) {
            pages = Math.min(Previews.pageCount(original).orElse(0), Previews.MAX_PAGES);
        } else if (original != null && item.isDocx() && item.problem() == null) {
            text = Previews.docxText(original).orElse(null);
        }
        model.addAttribute("pages", pages);
        model.addAttribute("originalText", text);
        model.addAttribute("responseNumber", item.documentNumber() == null ? null
                : item.documentNumber().substring(item.documentNumber().lastIndexOf('-') + 1));
        model.addAttribute("base", "/saksbehandler/horinger/" + consultation.slug() + "/innkommende/" + item.id());
        return "intake/review";
    }

    private String problemText(IntakeProblem problem, Locale locale) {
        Object detail = problem.code().equals("too-large") && problem.detail() != null
                ? megabytes(Long.parseLong(problem.detail())) : problem.detail();
        String fallback = messages.getMessage("intake.problem.unreadable", new Object[] {detail}, locale);
        return messages.getMessage("intake.problem." + problem.code(), new Object[] {detail}, fallback, locale);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
    }

    private static String redirect(String slug) {
        return "redirect:/saksbehandler/horinger/" + slug + "/innkommende";
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
