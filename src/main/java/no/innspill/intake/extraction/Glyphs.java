package no.innspill.intake.extraction;

/** The characters that stand for a check box or a bullet, in Unicode and in the Wingdings/Symbol private area. */
final class Glyphs {

    static final char TICKED = '\u2612';
    static final char UNTICKED = '\u2610';
    private static final String TICKED_GLYPHS = "\u2612\u2611\u22a0\u2713\u2714\u2717\u2718\u2327\u25a3\uf0fd\uf0fe\uf078";
    private static final String UNTICKED_GLYPHS = "\u2610\u25a1\u25a2\u2b1c\uf0a8\uf06f";
    private static final String BULLETS = "\u2022\uf0b7\u25aa\u25e6\u25cf\u2023\u2043\u00b7\uf0a7";

    private Glyphs() {
    }

    static boolean isTicked(char c) {
        return TICKED_GLYPHS.indexOf(c) >= 0;
    }

    static boolean isBox(char c) {
        return isTicked(c) || UNTICKED_GLYPHS.indexOf(c) >= 0;
    }

    static boolean hasBox(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBox(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithBox(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && isBox(stripped.charAt(0));
    }

    static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0;
    }

    /** "•\tText", "\uf0b7 Text" → "• Text"; other text unchanged. */
    static String normaliseBullet(String line) {
        String stripped = line.strip();
        if (stripped.length() > 1 && isBullet(stripped.charAt(0)) && Character.isWhitespace(stripped.charAt(1))) {
            return "• " + stripped.substring(1).strip();
        }
        return stripped;
    }

    static boolean isBulletItem(String line) {
        String stripped = line.strip();
        return stripped.length() > 1 && isBullet(stripped.charAt(0)) && Character.isWhitespace(stripped.charAt(1));
    }
}
