package no.innspill.intake.review;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A logged-in staff browser for uploads: WebSession posts url-encoded forms only, so this keeps its
 * own cookies and posts the upload form as multipart/form-data, with the form's CSRF token.
 */
final class StaffUploads {

    private final HttpClient client;
    private final String base;

    /** A file to upload. */
    record Upload(String fileName, byte[] bytes) {
    }

    /** The answer to an upload: the status, and the page it redirects to, fetched. */
    record Result(int status, String location, Document page) {
    }

    StaffUploads(int port) {
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://127.0.0.1:" + port;
        Document login = get("/logg-inn");
        String token = login.selectFirst("form[action$=/logg-inn] input[name=_csrf]").attr("value");
        String body = form(Map.of("username", TestApi.STAFF_USER, "password", TestApi.STAFF_PASSWORD, "_csrf", token));
        var response = send(HttpRequest.newBuilder(URI.create(base + "/logg-inn"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.headers().map());
        }
    }

    /** A WebSession logged in as staff, for the review and confirm forms. */
    static WebSession loggedInSession(int port) {
        WebSession web = new WebSession(port);
        var login = web.get("/logg-inn");
        var done = web.submit(login.form("form[action$=/logg-inn]"),
                Map.of("username", TestApi.STAFF_USER, "password", TestApi.STAFF_PASSWORD));
        if (done.status() != 302 || done.location().contains("error")) {
            throw new AssertionError("login failed: " + done.status() + " " + done.location());
        }
        return web;
    }

    Document get(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), base);
    }

    /** Posts the upload form of the consultation's intake page with these files. */
    Result upload(String slug, Upload... files) {
        String path = "/saksbehandler/horinger/" + slug + "/innkommende";
        Document page = get(path);
        String token = page.selectFirst("#upload-form input[name=_csrf]").attr("value");
        String boundary = "----innspill" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        for (Upload file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filer\"; filename=\"" + file.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        String location = response.headers().firstValue("Location").orElse(null);
        Document after = location == null ? Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)) : get(URI.create(location).getPath());
        return new Result(response.statusCode(), location, after);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
