package no.innspill.analysis;

import java.util.List;

/** Norwegian text as analysis sees it: sentences, and terms (stemmed bokmål and nynorsk, without stop words). */
public final class TextAnalysis {

    private TextAnalysis() {
    }

    /** The sentences of a text: split at line breaks and at sentence ends, bullets removed, blank ones left out. */
    public static List<String> sentences(String text) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }

    /** The terms of a text for representing it: lower-cased stems, stop words and numbers left out. */
    public static List<String> terms(String text) {
        throw new UnsupportedOperationException("the engine lands on main shortly");
    }
}
