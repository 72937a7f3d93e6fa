package no.innspill.testing;

import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.document.CaseDetails;
import no.innspill.form.FormDefinition;

/** The bundled definition of the demo consultation 22/414, read once for the tests that need its form or case. */
public final class DemoDefinition {

    public static final ConsultationDefinition DEFINITION = ConsultationDefinitions.bundled("22/414").orElseThrow();
    public static final FormDefinition FORM = DEFINITION.form();
    public static final CaseDetails CASE = DEFINITION.caseDetails();

    private DemoDefinition() {
    }
}
