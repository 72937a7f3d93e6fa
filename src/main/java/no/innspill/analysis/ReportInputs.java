package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.response.StoredResponse;
import org.springframework.stereotype.Component;

/**
 * The coded inputs the summary report reads: those that belong to one question or part ({@link InputFilter#belongingTo}:
 * said to concern it, or marked in its answer and said to concern no part), in document order, each with who said it and
 * what it concerns worded as the form and the text say it.
 */
@Component
class ReportInputs implements ReportSources.Inputs {

    private static final int CHUNK = 500;

    private final Consultations consultations;
    private final Forms forms;
    private final CodedInputs inputs;

    ReportInputs(Consultations consultations, Forms forms, CodedInputs inputs) {
        this.consultations = consultations;
        this.forms = forms;
        this.inputs = inputs;
    }

    @Override
    public List<ReportSources.Input> inputs(long consultationId, String answerId) {
        Consultation consultation = consultations.getById(consultationId);
        Map<String, String> parts = FormParts.labels(forms.get(consultation.form()));
        List<ReportSources.Input> found = new ArrayList<>();
        inputs.forEachPage(consultation, InputFilter.belongingTo(answerId), CHUNK, page -> {
            Map<Integer, StoredResponse> responses = inputs.responsesOf(consultation, page);
            for (CodedInput input : page) {
                StoredResponse response = responses.get(input.sequenceNumber());
                found.add(new ReportSources.Input(input.sequenceNumber(), response == null ? null : response.respondent().name(),
                        input.passage(), String.join("; ", input.concerns().stream().map(c -> parts.getOrDefault(c, c)).toList()),
                        input.disposition(), input.assessment()));
            }
        });
        return List.copyOf(found);
    }
}
