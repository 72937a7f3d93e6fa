package no.innspill.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The themes of a question or part as JSON, and a suggestion run started over the API (staff). */
@RestController
@Tag(name = "Themes")
class ThemesApiController {

    private final Consultations consultations;
    private final Forms forms;
    private final ThemeStore themes;
    private final ThemeRuns runs;

    ThemesApiController(Consultations consultations, Forms forms, ThemeStore themes, ThemeRuns runs) {
        this.consultations = consultations;
        this.forms = forms;
        this.themes = themes;
        this.runs = runs;
    }

    record ThemeJson(long id, String label, List<String> terms, String origin, boolean confirmed, int answers, List<ReportSources.Quote> quotes) {
    }

    record RunJson(String state, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, Integer themes) {

        static RunJson of(ThemeRunStore.Run run) {
            return run == null ? null : new RunJson(run.state().name().toLowerCase(java.util.Locale.ROOT), run.requestedBy(), run.requestedAt(),
                    run.startedAt(), run.finishedAt(), run.themes());
        }
    }

    record ThemesJson(String answer, RunJson run, List<ThemeJson> themes) {
    }

    @Operation(summary = "The themes of one question or part, in their order, with how many answers have each")
    @GetMapping("/api/v1/consultations/{slug}/themes")
    ThemesJson themes(@PathVariable String slug, @RequestParam(required = false) String answer) {
        Consultation consultation = consultations.getBySlug(slug);
        ThemeScopes.Scope scope = ThemeScopes.of(forms.get(consultation.form())).get(answer, "answer");
        List<ThemeJson> shown = themes.themes(consultation.id(), scope.id()).stream()
                .map(theme -> new ThemeJson(theme.id(), theme.label(), theme.terms(), theme.origin().dbName(), theme.confirmed(), theme.answers(),
                        theme.quotes()))
                .toList();
        return new ThemesJson(scope.id(), RunJson.of(runs.latest(consultation).orElse(null)), shown);
    }

    @Operation(summary = "Starts a theme suggestion run over the consultation's latest responses; it runs in the background")
    @PostMapping("/api/v1/consultations/{slug}/themes/suggestions")
    ResponseEntity<RunJson> suggest(@PathVariable String slug, Principal staff) {
        Consultation consultation = consultations.getBySlug(slug);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunJson.of(runs.request(consultation, staff.getName())));
    }
}
