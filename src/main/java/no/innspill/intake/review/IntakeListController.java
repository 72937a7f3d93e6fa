package no.innspill.intake.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.IntakeProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A consultation's received files, and uploading more: each file taken in, or refused with its reason. */
@Controller
record IntakeListController(Consultations consultations, IntakeItems items, ProblemTexts problems) {

    private static final int MAX_FILES = 100;

    /** One line of the upload's outcome. */
    record Outcome(String fileName, Long itemId, String problem) {
    }

    @GetMapping(IntakePaths.BASE)
    String list(@PathVariable String slug, Model model) {
        Consultation consultation = consultations.getBySlug(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("items", items.list(consultation));
        model.addAttribute("maxFileSize", ProblemTexts.megabytes(items.maxFileSize()));
        model.addAttribute("maxFiles", MAX_FILES);
        return "intake/list";
    }

    @PostMapping(IntakePaths.BASE)
    String upload(@PathVariable String slug, @RequestParam(name = "filer", required = false) List<MultipartFile> files,
                  Locale locale, RedirectAttributes flash) {
        Consultation consultation = consultations.getBySlug(slug);
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("uploadError", "intake.upload.none");
        } else if (chosen.size() > MAX_FILES) {
            flash.addFlashAttribute("uploadError", "intake.upload.too-many");
        } else {
            List<Outcome> taken = new ArrayList<>();
            List<Outcome> refused = new ArrayList<>();
            for (MultipartFile file : chosen) {
                Outcome outcome = take(consultation, file, locale);
                (outcome.itemId() == null ? refused : taken).add(outcome);
            }
            flash.addFlashAttribute("taken", taken);
            flash.addFlashAttribute("refused", refused);
        }
        return "redirect:" + IntakePaths.list(slug);
    }

    private Outcome take(Consultation consultation, MultipartFile file, Locale locale) {
        String name = file.getOriginalFilename();
        if (file.getSize() > items.maxFileSize()) {
            return new Outcome(name, null, problems.text(IntakeProblem.of("too-large", String.valueOf(items.maxFileSize())), locale));
        }
        IntakeItems.Upload upload;
        try {
            upload = items.upload(consultation, name, file.getBytes());
        } catch (IOException e) {
            return new Outcome(name, null, problems.text(IntakeProblem.of("unreadable-upload"), locale));
        }
        if (upload.refused() != null) {
            return new Outcome(upload.fileName(), null, problems.text(upload.refused(), locale));
        }
        IntakeItem item = upload.item();
        return new Outcome(item.fileName(), item.id(), item.problem() == null ? null : problems.text(item.problem(), locale));
    }
}
