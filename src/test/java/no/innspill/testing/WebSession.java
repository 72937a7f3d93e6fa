package no.innspill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: real HTTP with cookies, forms read from the returned HTML and
 * posted back with their hidden fields (CSRF token included), redirects not followed.
 */
public final class WebSession {

    private final HttpClient client;
    private final String base;

    public WebSession(int port) {
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A page: its status, its HTML parsed, and where it redirects to. */
    public record Page(int status, Document html, String location, byte[] bytes, String contentType) {

        public Element form(String cssQuery) {
            Element form = html.selectFirst(cssQuery);
            if (form == null) {
                throw new AssertionError("no form " + cssQuery + " in:\n" + html.body().text());
            }
            return form;
        }

        public String text() {
            return html.body() == null ? "" : html.body().text();
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET().build());
    }

    /** Posts a form as the page has it (hidden and filled fields), with these fields set or added. */
    public Page submit(Element form, Map<String, String> fields) {
        return submit(form, fields, null);
    }

    /** @param action the name=value of the submit button pressed (name "action"), or a formaction path */
    public Page submit(Element form, Map<String, String> fields, String action) {
        Map<String, List<String>> several = new LinkedHashMap<>();
        fields.forEach((name, value) -> several.put(name, List.of(value)));
        return submitAll(form, several, action);
    }

    /**
     * Posts a form as {@link #submit(Element, Map, String)} does, each field set to all its values, as a browser
     * posts the ticked check boxes of one name; every input of a name the page repeats (ticked boxes, hidden fields)
     * is posted, not only the last.
     */
    public Page submitAll(Element form, Map<String, List<String>> fields, String action) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            String name = input.attr("name");
            List<String> all = values.computeIfAbsent(name, key -> new ArrayList<>());
            if (type.equals("radio") || type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    all.add(input.attr("value"));
                }
            } else if (input.tagName().equals("textarea")) {
                all.add(input.wholeText());
            } else if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                all.add(selected == null ? "" : selected.attr("value"));
            } else {
                all.add(input.attr("value"));
            }
        }
        values.putAll(fields);
        String target = action != null && action.startsWith("/") ? action : form.attr("action");
        if (action != null && !action.startsWith("/")) {
            values.put("action", List.of(action));
        }
        return postAll(target, values);
    }

    public Page post(String path, Map<String, String> values) {
        Map<String, List<String>> several = new LinkedHashMap<>();
        values.forEach((name, value) -> several.put(name, List.of(value)));
        return postAll(path, several);
    }

    private Page postAll(String path, Map<String, List<String>> values) {
        String body = values.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A file chosen in a file input. */
    public record ChosenFile(String field, String fileName, byte[] content) {
    }

    /**
     * Posts a form as a browser sends a multipart form: every field as the page has it, with these set,
     * the button pressed (as {@link #submit(Element, Map, String)}), and the files chosen; a file input
     * left empty is sent as an empty part without a name, as browsers do.
     */
    public Page submitMultipart(Element form, Map<String, String> fields, String action, List<ChosenFile> files) {
        Multipart body = new Multipart();
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("file")) {
                continue;
            }
            if (type.equals("radio") || type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    values.put(input.attr("name"), input.attr("value"));
                }
            } else if (input.tagName().equals("textarea")) {
                values.put(input.attr("name"), input.wholeText());
            } else {
                values.put(input.attr("name"), input.attr("value"));
            }
        }
        values.putAll(fields);
        if (action != null && !action.startsWith("/")) {
            values.put("action", action);
        }
        values.forEach(body::field);
        for (Element input : form.select("input[type=file]")) {
            List<ChosenFile> chosen = files.stream().filter(f -> f.field().equals(input.attr("name"))).toList();
            if (chosen.isEmpty()) {
                body.file(input.attr("name"), "", "application/octet-stream", new byte[0]);
            }
            chosen.forEach(f -> body.file(f.field(), f.fileName(), "application/octet-stream", f.content()));
        }
        String target = action != null && action.startsWith("/") ? action : form.attr("action");
        return send(HttpRequest.newBuilder(URI.create(target.startsWith("http") ? target : base + target))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    /** Posts a multipart form: the given fields plus one file. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----innspill" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /**
     * The page a redirect leads to (a GET of its Location), as a browser follows a post/redirect/get; any
     * other page as it is. The respondent's preview is such a redirect: to {@code …/utkast/{token}/se-over}.
     */
    public Page follow(Page page) {
        if (page.status() / 100 != 3 || page.location() == null) {
            return page;
        }
        return get(page.location());
    }

    /** Submits a form as {@link #submit(Element, Map, String)} does and follows its redirect, if it gives one. */
    public Page submitAndFollow(Element form, Map<String, String> fields, String action) {
        return follow(submit(form, fields, action));
    }

    /** Logs in through the staff login form. */
    public Page logIn(String user, String password) {
        Element form = get("/logg-inn").form("form[action$=/logg-inn]");
        return submit(form, Map.of("username", user, "password", password));
    }

    /** The CSRF token the last page's forms carry. */
    public static String csrf(Page page) {
        Element token = page.html().selectFirst("input[name=_csrf]");
        return token == null ? null : token.attr("value");
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Document html = type.startsWith("text/html")
                    ? Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), base) : Jsoup.parse("");
            return new Page(response.statusCode(), html, response.headers().firstValue("Location").orElse(null), response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
