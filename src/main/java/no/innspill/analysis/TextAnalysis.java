package no.innspill.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Norwegian text as analysis sees it: sentences, words, and terms (stemmed bokmål and nynorsk, without stop words). */
public final class TextAnalysis {

    /** Lucene's Norwegian stop words (snowball's list holds bokmål and nynorsk forms) and its light stemmer for both. */
    private static final Analyzer TERMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new NorwegianLightStemFilter(stream, NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
            return new TokenStreamComponents(source, stream);
        }
    };

    private static final CharArraySet STOP_WORDS = stopWords();

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*|\\p{N}+");
    /** A sentence ends at . ! ? or … followed by space and something that starts a sentence ("3. mai" does not end one). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…])[\"»”)]?\\s+(?=[\\p{Lu}\\p{N}«\"(•–-])|(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll})");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦*–-]|\\d{1,2}[.)])\\s+");

    private TextAnalysis() {
    }

    /** A sentence with where it stands in its text (offsets in chars). */
    public record Sentence(String text, int start, int end) {
    }

    /** The sentences of a text: split at line breaks and at sentence ends, bullets removed, blank ones left out. */
    public static List<String> sentences(String text) {
        return spans(text).stream().map(Sentence::text).toList();
    }

    /** The sentences of a text with their offsets, so that a caller can cut the original text at them. */
    public static List<Sentence> spans(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            Matcher bullet = BULLET.matcher(line);
            int from = bullet.find() ? bullet.end() : 0;
            Matcher end = SENTENCE_END.matcher(line);
            end.region(from, line.length());
            while (end.find()) {
                add(sentences, text, lineStart + from, lineStart + end.start());
                from = end.end();
            }
            add(sentences, text, lineStart + from, lineEnd);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && WORD.matcher(text).region(start, end).find()) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }

    /** The words of a text, lower-cased, punctuation left out: what copies are compared by. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The terms of a text for representing it: lower-cased stems, stop words and numbers left out. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = TERMS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1 && Character.isLetter(term.charAt(0))) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return terms;
    }

    /**
     * The stem of one word as {@link #terms} makes it, or {@code null} for a stop word: for showing a term as written.
     */
    public static String stem(String word) {
        List<String> terms = terms(word);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), true);
        // forms snowball's list lacks, and the boilerplate of a consultation response, that carry no theme
        words.addAll(List.of("merknad", "merknader", "merknadene", "kommentar", "kommentarer", "kommentarane", "innspill",
                "innspillet", "innspela", "hilsen", "helsing", "vennlig", "venleg", "mvh", "hei", "forhold", "løfte", "fram",
                "frem", "slutt", "siste", "generell", "generelle", "generelt", "viser", "høringsbrev", "høringsbrevet",
                "nedenfor", "følgende", "fylgjande", "spørsmål", "spørsmålet", "punktet", "ønsker", "ønskjer", "synes",
                "syns", "mener", "meiner", "mitt", "syn", "ser",
                "ein", "eit", "ei", "vere", "blir", "bli", "blitt", "kan", "må", "bør", "skal", "vil", "også", "òg",
                "berre", "bare", "mer", "meir", "mye", "mykje", "svært", "veldig", "derfor", "difor", "slik", "sånn", "dag", "i dag"));
        return CharArraySet.unmodifiableSet(words);
    }
}
