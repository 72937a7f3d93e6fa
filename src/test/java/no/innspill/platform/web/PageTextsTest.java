package no.innspill.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a template shows comes from a message bundle, so it exists in bokmål, nynorsk and
 * English. What counts as shown, and is reported here when it holds a letter:
 * <ul>
 *   <li>a text node, unless Thymeleaf replaces it: an element around it has {@code th:text},
 *       {@code th:utext}, {@code th:replace} or {@code th:insert} (its text is only a prototype for
 *       people opening the file), or is marked with its own language ({@code lang} on an element
 *       inside the page: the language names in the menu are written in their own language);</li>
 *   <li>the attributes people read or hear, {@code alt}, {@code title}, {@code aria-label},
 *       {@code placeholder}, and {@code value} of a button input, unless a {@code th:} attribute
 *       (or {@code th:attr}) sets them;</li>
 *   <li>a quoted literal in an expression that makes such a text ({@code th:text="'Svar: ' + …"}),
 *       unless it is (part of) a message key, a dotted name like {@code 'intake.source.'}.</li>
 * </ul>
 * Thymeleaf comments ({@code <!--/* … *}{@code /-->}) are not shown and not checked.
 */
class PageTextsTest {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    /** A quoted literal in an expression, or the text of a |literal substitution| outside its ${…}. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\\|([^|]*)\\|");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[\\w-]*(\\.[\\w-]*)+");

    @Test
    void templates_show_no_text_that_is_not_from_a_bundle() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
            String name = template.getURL().getPath().replaceAll(".*/templates/", "");
            found.addAll(texts(name, template.getContentAsString(StandardCharsets.UTF_8)));
        }
        assertThat(found).as("texts in templates that do not come from a message bundle").isEmpty();
    }

    @Test
    void finds_each_kind_of_text_and_passes_what_thymeleaf_replaces() {
        String html = """
                <main>
                  <h1 th:text="#{page.title}">Prototype</h1>
                  <p>Skrevet rett inn</p>
                  <p th:replace="~{fragments :: x}">Erstattes</p>
                  <img src="x.png" alt="Et bilde"> <img th:alt="#{image.alt}" alt="Prototype">
                  <button th:attr="aria-label=#{close.label(${n})}" aria-label="Lukk">×</button>
                  <input type="submit" value="Send inn">
                  <span th:text="'Svar: ' + ${n}">1</span> <span th:text="#{'status.' + ${s}}">Åpen</span>
                  <a href="?lang=nn" lang="nn">Nynorsk</a> <!--/* en kommentar */-->
                </main>""";

        assertThat(texts("sample.html", html)).containsExactly(
                "sample.html: text \"Skrevet rett inn\" in <p>",
                "sample.html: alt=\"Et bilde\"",
                "sample.html: value=\"Send inn\"",
                "sample.html: literal 'Svar: ' in 'Svar: ' + ${n}");
    }

    private static List<String> texts(String name, String template) {
        List<String> found = new ArrayList<>();
        Document html = Jsoup.parse(template, "", Parser.htmlParser());
        for (Element element : html.getAllElements()) {
            element.textNodes().stream()
                    .filter(text -> LETTER.matcher(text.text()).find() && !replaced(element))
                    .forEach(text -> found.add(name + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">"));
            readAttributes(element).stream()
                    .filter(attribute -> LETTER.matcher(element.attr(attribute)).find() && !setByThymeleaf(element, attribute))
                    .forEach(attribute -> found.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\""));
            for (String expression : textExpressions(element)) {
                literalsWithWords(expression).forEach(literal -> found.add(name + ": literal " + literal + " in " + expression));
            }
        }
        return found;
    }

    /** Whether Thymeleaf replaces this element's text, or it is marked as written in another language on purpose. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (REPLACING.stream().anyMatch(e::hasAttr) || (e.hasAttr("lang") && !e.tagName().equals("html"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> readAttributes(Element element) {
        List<String> attributes = new ArrayList<>(READ_ATTRIBUTES);
        if (element.tagName().equals("input") && BUTTON_INPUTS.contains(element.attr("type"))) {
            attributes.add("value");
        }
        return attributes.stream().filter(element::hasAttr).toList();
    }

    private static boolean setByThymeleaf(Element element, String attribute) {
        return element.hasAttr("th:" + attribute) || element.attr("th:attr").matches("(?s).*\\b" + attribute + "\\s*=.*");
    }

    /** The expressions that produce shown text: th:text and its kind, and th:attr's assignments to read attributes. */
    private static List<String> textExpressions(Element element) {
        List<String> expressions = new ArrayList<>();
        for (String attribute : List.of("th:text", "th:utext", "th:alt", "th:title", "th:aria-label", "th:placeholder")) {
            if (element.hasAttr(attribute)) {
                expressions.add(element.attr(attribute));
            }
        }
        for (String assignment : element.attr("th:attr").split(",(?=\\s*[\\w-]+\\s*=)")) {
            String target = assignment.contains("=") ? assignment.substring(0, assignment.indexOf('=')).strip() : "";
            if (READ_ATTRIBUTES.contains(target)) {
                expressions.add(assignment.substring(assignment.indexOf('=') + 1));
            }
        }
        return expressions;
    }

    private static List<String> literalsWithWords(String expression) {
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(expression);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2).replaceAll("[$#]\\{[^}]*}", "");
            if (LETTER.matcher(text).find() && !MESSAGE_KEY.matcher(text).matches()) {
                literals.add("'" + text + "'");
            }
        }
        return literals;
    }
}
