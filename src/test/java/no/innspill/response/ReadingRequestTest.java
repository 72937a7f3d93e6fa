package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links that keep the filter: nothing a case worker typed can add a parameter or end the URL early. */
class ReadingRequestTest {

    @Test
    void every_value_is_percent_encoded_and_repeated_choices_are_kept() {
        var params = new ResponseFilter.Params(List.of("q1:yes", "q3:b"), "person", null, null, null, null, null,
                "a&sort=name#x \"frase\" helse*", "q2.goal3", null);
        String link = ReadingRequest.link("/saksbehandler/horinger/22-414", ReadingRequest.with(params.query(), "cursor", "abc=="));
        assertThat(link).isEqualTo("/saksbehandler/horinger/22-414?choice=q1%3Ayes&choice=q3%3Ab&kind=person"
                + "&q=a%26sort%3Dname%23x+%22frase%22+helse*&in=q2.goal3&cursor=abc%3D%3D");
        assertThat(ReadingRequest.with(Map.of("sort", List.of("name")), "sort", "")).isEmpty();
        assertThat(ReadingRequest.link("/x", ReadingRequest.without(params.query(), "q", "in", "kind", "choice"))).isEqualTo("/x");
    }
}
