package no.innspill.intake.review;

import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.response.answerform.AnswerFormView;
import no.innspill.response.answerform.PageErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The review page: a received item beside its original (pages as images, or a Word file's text), and the form to correct it. */
@Component
record ReviewPage(Forms forms, IntakeItems items, ProblemTexts problems) {

    FormDefinition form(Consultation consultation) {
        return forms.get(consultation.form());
    }

    String show(Consultation consultation, IntakeItem item, ReviewData data, PageErrors errors, Model model, Locale locale) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("item", item);
        model.addAttribute("data", data);
        model.addAttribute("view", AnswerFormView.forCaseWorker(form(consultation), data.answers(), errors));
        model.addAttribute("problem", item.problem() == null ? null : problems.text(item.problem(), locale));
        model.addAttribute("confidence", item.confidence() == null ? null : Math.round(item.confidence() * 100));
        byte[] original = item.isPdf() || item.isDocx() ? items.content(item).orElse(null) : null;
        int pages = 0;
        boolean pdfA = false;
        String text = null;
        if (original != null && item.isPdf()) {
            var preview = Previews.pdf(original);
            pages = Math.min(preview.map(Previews.PdfPreview::pages).orElse(0), Previews.MAX_PAGES);
            pdfA = preview.map(Previews.PdfPreview::pdfA).orElse(false);
        } else if (original != null && item.isDocx() && item.problem() == null) {
            text = Previews.docxText(original).orElse(null);
        }
        model.addAttribute("pages", pages);
        model.addAttribute("originalText", text);
        model.addAttribute("archiveCopyNote", item.archiveCopyNote(pdfA));
        String number = item.documentNumber() == null ? null
                : item.documentNumber().substring(item.documentNumber().lastIndexOf('-') + 1);
        model.addAttribute("responseNumber", number);
        model.addAttribute("archiveCopy", number == null ? null
                : "/saksbehandler/horinger/" + consultation.slug() + "/svar/" + number + "/arkivkopi.pdf");
        model.addAttribute("base", IntakePaths.item(consultation.slug(), item.id()));
        return "intake/review";
    }
}
