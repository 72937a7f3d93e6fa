import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads responses of the seed's size (the demo response, ~7 KB of answer text) through the staff API, each one
 * varied: its sentences shuffled per answer, choice, kind, channel and name drawn, a few distinct words and, in about
 * one response of six, the phrase "felles kjernejournal" — so that search, filters and counts see a realistic corpus.
 * Deterministic: response i always gets the same text. Run by bench/reading-at-scale.sh; by hand:
 * <pre>
 * java bench/ReadingAtScaleLoader.java --url http://127.0.0.1:8080 --slug 22-414 --user admin --password … \
 *     --payload src/main/resources/demo/22-414-legemiddelverket.json --from 0 --count 1000 --concurrency 16
 * </pre>
 * Prints one line: how many were accepted, and the time taken.
 */
public class ReadingAtScaleLoader {

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Per", "Sigrid", "Lars", "Astrid", "Nils", "Marit", "Erik",
            "Liv", "Jon", "Anne", "Knut", "Hilde", "Bjørn", "Solveig", "Tor", "Randi", "Øystein", "Åse", "Håkon"};
    private static final String[] LAST = {"Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Strand", "Lie", "Dahl"};
    private static final String[] ORG = {"Helse", "Kommune", "Sykehus", "Apotek", "Legeforening", "Pasientforening",
            "Direktorat", "Tilsyn", "Universitet", "Forbund", "Klinikk", "Senter"};
    private static final String[] PLACE = {"Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Bodø", "Ålesund",
            "Kristiansand", "Drammen", "Lillehammer", "Molde", "Hamar", "Gjøvik", "Narvik", "Alta", "Harstad"};
    private static final String[] RARE = {"blåbærlyng", "fjordhest", "nordlys", "vindmølle", "kystvakt", "fyrtårn",
            "skiløper", "reinsdyr", "multebær", "snøskred", "havørn", "tindrende", "lavvo", "rorbu", "stabbur", "trollskog"};
    private static final String[] CHOICES = {"yes", "yes", "yes", "yes", "yes", "yes", "no", "no", "no", "dont_know"};
    private static final String[] CHANNELS = {"web", "web", "web", "web", "api", "api", "email", "email", "paper"};

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8080");
        String slug = option(args, "--slug", "22-414");
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (option(args, "--user", "admin") + ":" + option(args, "--password", "")).getBytes(StandardCharsets.UTF_8));
        String payload = Files.readString(Path.of(option(args, "--payload", null)));
        int from = Integer.parseInt(option(args, "--from", "0"));
        int count = Integer.parseInt(option(args, "--count", "1000"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "16"));

        Template template = Template.of(payload);
        if (!option(args, "--print", "").isEmpty()) { // one generated response, to look at
            System.out.println(template.response(Integer.parseInt(option(args, "--print", ""))));
            return;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI target = URI.create(url + "/api/v1/consultations/" + slug + "/responses");
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastError = new AtomicLong();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < from + count) {
                    String body = template.response(i);
                    for (int attempt = 0; ; attempt++) {
                        try {
                            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(target)
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", auth).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (reply.statusCode() == 201) {
                                accepted.incrementAndGet();
                                break;
                            }
                            if (attempt >= 3) {
                                failed.incrementAndGet();
                                if (errors.size() < 5) {
                                    errors.add(reply.statusCode() + " " + reply.body());
                                }
                                break;
                            }
                        } catch (Exception e) {
                            if (attempt >= 3) {
                                failed.incrementAndGet();
                                if (errors.size() < 5) {
                                    errors.add(e.toString());
                                }
                                break;
                            }
                        }
                        lastError.set(System.nanoTime());
                        Thread.sleep(500L * (attempt + 1));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        errors.forEach(e -> System.err.println("failed: " + e));
        System.out.printf(java.util.Locale.ROOT, "%d %d %.1f%n", accepted.get(), failed.get(), seconds);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    /** The demo response cut into its answers' sentences, put back together differently for each response. */
    record Template(String payload, List<List<String>> answers, List<String> placeholders) {

        private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");

        static Template of(String payload) {
            List<List<String>> answers = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            StringBuilder skeleton = new StringBuilder();
            Matcher m = TEXT.matcher(payload);
            while (m.find()) {
                List<String> sentences = new ArrayList<>();
                // split after a full stop or at a JSON line break, keeping each piece's own escapes intact
                for (String piece : m.group(1).split("(?<=\\. )|(?<=\\\\n)")) {
                    if (!piece.isEmpty()) {
                        sentences.add(piece);
                    }
                }
                String placeholder = "\u0001" + answers.size() + "\u0001";
                m.appendReplacement(skeleton, Matcher.quoteReplacement("\"text\": \"" + placeholder + "\""));
                answers.add(sentences);
                placeholders.add(placeholder);
            }
            m.appendTail(skeleton);
            return new Template(skeleton.toString(), answers, placeholders);
        }

        String response(int i) {
            Random random = new Random(0x5eedL * 31 + i);
            String text = payload;
            for (int a = 0; a < answers.size(); a++) {
                List<String> sentences = new ArrayList<>(answers.get(a));
                Collections.shuffle(sentences, random);
                StringBuilder answer = new StringBuilder();
                for (String s : sentences) {
                    answer.append(s);
                }
                if (a == 0) {
                    answer.append(" Vi viser til erfaringer fra ").append(PLACE[random.nextInt(PLACE.length)])
                            .append(" og ").append(RARE[random.nextInt(RARE.length)]).append("prosjektet (innspill ").append(i).append(").");
                    if (random.nextInt(6) == 0) {
                        answer.append(" Felles kjernejournal må bli et verktøy for alle i helsetjenesten.");
                    }
                }
                text = text.replace(placeholders.get(a), answer.toString());
            }
            boolean organisation = random.nextInt(10) < 4;
            String name = organisation
                    ? PLACE[random.nextInt(PLACE.length)] + " " + ORG[random.nextInt(ORG.length)].toLowerCase(java.util.Locale.ROOT)
                    : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            text = text.replaceFirst("\"name\": \"[^\"]*\"", Matcher.quoteReplacement("\"name\": \"" + name + " " + i + "\""))
                    .replaceFirst("\"kind\": \"[a-z]+\"", "\"kind\": \"" + (organisation ? "organisation" : "person") + "\"")
                    .replaceFirst("\"choice\": \"[a-z_]+\"", "\"choice\": \"" + CHOICES[random.nextInt(CHOICES.length)] + "\"");
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            return text.replaceFirst("\\{", Matcher.quoteReplacement("{\"channel\": \"" + channel + "\", "));
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
